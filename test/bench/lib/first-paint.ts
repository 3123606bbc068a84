import type { Browser } from 'playwright-core';

/** An element the page must show: one matching `selector` whose text contains `text`. */
export interface Shown {
  selector: string;
  text: string;
}

/**
 * Page-side script (source text: tsx would add its name helpers to a function, which the page
 * lacks): records performance.now() at the first frame drawn after every element in `ready` is in
 * the DOM, in window.__benchPainted.
 */
const watchFor = (ready: readonly Shown[]) => `(() => {
  const ready = ${JSON.stringify(ready)};
  const shown = ({ selector, text }) => [...document.querySelectorAll(selector)].some((e) => (e.textContent ?? '').includes(text));
  const done = () => requestAnimationFrame(() => { window.__benchPainted = performance.now(); });
  const observer = new MutationObserver(() => {
    if (!ready.every(shown)) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

export interface PaintedPage {
  /** ms from navigation start to the first frame showing every element. */
  paintedMs: number;
  /** Every JavaScript response loaded by then: its URL and body. */
  scripts: Array<{ url: string; body: Buffer }>;
}

/**
 * Loads `url` in a fresh context until every element in `ready` has been painted. With
 * `keepScripts` (P4) it also copies out of the browser the body of each script the page asked for
 * before that frame (the entry's own script is in the page's resource timing as well); that
 * copy runs on the same event loop as the web host answering the page's requests, so P5's timed
 * loads go without it.
 */
export async function loadUntilPainted(browser: Browser, url: string, ready: readonly Shown[], { keepScripts = false } = {}): Promise<PaintedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFor(ready));
    const pending: Array<Promise<{ url: string; body: Buffer } | null>> = [];
    let painted = false;
    page.on('response', (response) => {
      if (painted || !keepScripts) return;
      const type = response.headers()['content-type'] ?? '';
      if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(response.url())) return;
      pending.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
    });
    await page.goto(url);
    // Not waitForFunction: its string predicate is eval'd in the page, which the app's CSP refuses.
    const paintedMs = (await page.evaluate(`new Promise((resolve) => {
      const check = () => (typeof window.__benchPainted === 'number' ? resolve(window.__benchPainted) : requestAnimationFrame(check));
      check();
    })`)) as number;
    painted = true;
    // Only what was asked for before that frame: a chunk asked for once the screen has painted (the
    // dashboard's chart) may still answer before this process hears of the paint.
    const askedBefore = new Set(
      (await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.startTime < ${paintedMs}).map((e) => e.name)`)) as string[],
    );
    const scripts = (await Promise.all(pending)).filter((s): s is { url: string; body: Buffer } => s !== null && askedBefore.has(s.url));
    return { paintedMs, scripts };
  } finally {
    await context.close();
  }
}

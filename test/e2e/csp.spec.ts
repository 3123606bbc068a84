import { expect, test } from './fixtures';
import { rpc, seedFirstHour } from './seed';
import { SCENARIO_PARAMS, walkEverywhere } from './walk';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test('index.html carries the policy the host sends, frame-ancestors (header-only) aside', async ({ app, host }) => {
  const response = await app.request.get(host.url);
  const header = response.headers()['content-security-policy'] ?? '';
  const meta = await app.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);
  expect(directives(header)).toContain("frame-ancestors 'none'");
  expect(directives(meta ?? '')).toEqual(directives(header).filter((d) => !d.startsWith('frame-ancestors')));
  expect(header).not.toContain('unsafe-inline');
});

test('no screen, tab, chart, dialog, roadmap graph or the print route breaks the CSP', async ({ app, host, context }) => {
  test.setTimeout(240_000);
  // Before any of the app's code runs, in every document the walk opens.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const target = e.target instanceof Element ? e.target.outerHTML.slice(0, 160) : String(e.target);
      window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample} on ${target}`);
    });
  });
  const consoleCsp: string[] = [];
  app.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
  });
  await seedFirstHour(app, host);
  await rpc(app, host, 'roadmap.create', { pathId: 'backend-foundations' });
  await rpc(app, host, 'career.createScenario', { name: 'New job in year 3', params: SCENARIO_PARAMS });
  await app.reload();
  await expect.poll(() => app.evaluate(() => Array.isArray(window.__cspViolations))).toBe(true);

  await walkEverywhere(app, host, {
    skillId: 'docker',
    check: async (where) => {
      expect(await app.evaluate(() => window.__cspViolations ?? ['listener missing']), `CSP violations on ${where}`).toEqual([]);
      expect(consoleCsp, `CSP messages on ${where}`).toEqual([]);
    },
  });
});

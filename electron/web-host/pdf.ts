import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import type { PlanExportResult } from '@shared/domain/plan-export';
import type { PlanPdfHost } from '../core/plan/pdf-host';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  PAPER_NAMES,
  PRINT_MARGINS_IN,
  PRINT_PAGE_IDLE_MS,
  PRINT_PAGE_ROUTE,
  PRINT_TIMEOUT_MS,
  printExpression,
  timeoutMessage,
  withTimeout,
} from '../core/plan/pdf-layout';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** A PDF waiting for the renderer to fetch it; fetched once, or dropped after this long. */
const DOWNLOAD_TTL_MS = 10 * 60_000;

export interface Download {
  bytes: Uint8Array;
  fileName: string;
}

export interface WebPdfHost extends PlanPdfHost {
  /** The page address to print from: the host's open URL (it carries the token). Set once the host listens. */
  setOpenUrl(url: string): void;
  /** Hands out a delivered PDF once (GET /download/<token>). */
  takeDownload(token: string): Download | null;
  close(): Promise<void>;
}

const inches = (value: number) => `${value}in`;

/**
 * The web host's PDF export: the system Chromium, driven by playwright-core, prints the same print
 * page the Electron export window does, with the same page furniture. One browser is started on
 * first use and kept, with one context (device pixel ratio 2). Its print page is kept open between
 * exports (opened early when the Plan screen reads the plan, closed after PRINT_PAGE_IDLE_MS
 * unused): an export then only has the page read the plan afresh, draw and print.
 */
export function createWebPdfHost(options: { timeoutMs?: number; chromiumPath?: string; idleMs?: number } = {}): WebPdfHost {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  const idleMs = options.idleMs ?? PRINT_PAGE_IDLE_MS;
  let openUrl: string | null = null;
  // One browser and one context for the host's life: later exports reuse the cached bundle.
  let context: Promise<BrowserContext> | null = null;
  // The print page between exports, loaded or on its way; taken by an export while it prints.
  let printPage: Promise<Page> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  // While an export prints, its page reads the plan too: that is no reason to open another page.
  let printing = false;
  const downloads = new Map<string, Download & { timer: ReturnType<typeof setTimeout> }>();

  const launch = async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: options.chromiumPath ?? findChromium(), args: CHROMIUM_ARGS });
    return browser.newContext({ deviceScaleFactor: 2, colorScheme: 'light' });
  };

  const openPrintPage = async (): Promise<Page> => {
    if (!openUrl) throw new Error('The web host is not listening yet.');
    const url = `${openUrl.split('#')[0]}#${PRINT_PAGE_ROUTE}`;
    context ??= launch().catch((error: unknown) => {
      context = null;
      throw error;
    });
    const page = await (await context).newPage();
    // A kept page whose renderer died is closed; the next export sees that and opens another.
    page.once('crash', () => void page.close().catch(() => undefined));
    try {
      await page.goto(url);
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  };

  const closePrintPage = () => {
    clearTimeout(idleTimer);
    const kept = printPage;
    printPage = null;
    kept?.then((page) => page.close()).catch(() => undefined);
  };

  const keep = (page: Promise<Page>) => {
    printPage = page;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(closePrintPage, idleMs);
    idleTimer.unref();
  };

  return {
    setOpenUrl(url) {
      openUrl = url;
    },
    warm() {
      if (!openUrl || printing) return;
      const page = printPage ?? openPrintPage();
      // A page that failed to open is forgotten; the export opens another and reports its failure.
      page.catch(() => {
        if (printPage === page) closePrintPage();
      });
      keep(page);
    },
    async render(route, paper) {
      // The kept page, or a new one when there is none or it could not be opened.
      const kept = printPage;
      printPage = null;
      clearTimeout(idleTimer);
      printing = true;
      const page = (kept ? kept.catch(openPrintPage) : openPrintPage()).then((p) => (p.isClosed() ? openPrintPage() : p));
      let printed = false;
      try {
        const print = async () => {
          const ready = await page;
          await ready.evaluate(printExpression(route));
          return ready.pdf({
            format: PAPER_NAMES[paper],
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: HEADER_TEMPLATE,
            footerTemplate: FOOTER_TEMPLATE,
            margin: {
              top: inches(PRINT_MARGINS_IN.top),
              bottom: inches(PRINT_MARGINS_IN.bottom),
              left: inches(PRINT_MARGINS_IN.left),
              right: inches(PRINT_MARGINS_IN.right),
            },
          });
        };
        const pdf = await withTimeout(print(), timeoutMs, timeoutMessage(timeoutMs));
        printed = true;
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        printing = false;
        // A page that printed waits for the next export (unless the host closed meanwhile); one
        // that failed or hung is closed, even if it opens only after the timeout.
        if (printed && context) keep(page);
        else page.then((p) => p.close()).catch(() => undefined);
      }
    },
    async deliver(bytes, fileName, pages): Promise<PlanExportResult> {
      const token = randomBytes(18).toString('base64url');
      const timer = setTimeout(() => downloads.delete(token), DOWNLOAD_TTL_MS);
      timer.unref();
      downloads.set(token, { bytes, fileName, timer });
      return { outcome: 'download', fileName, pages, token };
    },
    async open() {
      // The browser opens what it downloaded; the host has nothing to open.
      return false;
    },
    takeDownload(token) {
      const download = downloads.get(token);
      if (!download) return null;
      downloads.delete(token);
      clearTimeout(download.timer);
      return { bytes: download.bytes, fileName: download.fileName };
    },
    async close() {
      for (const d of downloads.values()) clearTimeout(d.timer);
      downloads.clear();
      closePrintPage();
      const running = context;
      context = null;
      if (running) await (await running).browser()?.close().catch(() => undefined);
    },
  };
}

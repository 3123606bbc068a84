import { randomBytes } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import type { PlanExportResult } from '@shared/domain/plan-export';
import type { PlanPdfHost } from '../core/plan/pdf-host';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  PAPER_NAMES,
  PRINT_MARGINS_IN,
  PRINT_READY_EXPRESSION,
  PRINT_TIMEOUT_MS,
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
 * The web host's PDF export: the system Chromium, driven by playwright-core, renders the same
 * print route the Electron export window does, with the same page furniture. One browser is
 * started on first use and kept, with one context (device pixel ratio 2); each export is a new page.
 */
export function createWebPdfHost(options: { timeoutMs?: number; chromiumPath?: string } = {}): WebPdfHost {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  let openUrl: string | null = null;
  // One browser and one context for the host's life: later exports reuse the cached bundle.
  let context: Promise<BrowserContext> | null = null;
  const downloads = new Map<string, Download & { timer: ReturnType<typeof setTimeout> }>();

  const launch = async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: options.chromiumPath ?? findChromium(), args: CHROMIUM_ARGS });
    return browser.newContext({ deviceScaleFactor: 2, colorScheme: 'light' });
  };

  return {
    setOpenUrl(url) {
      openUrl = url;
    },
    async render(route, paper) {
      if (!openUrl) throw new Error('The web host is not listening yet.');
      const base = openUrl.split('#')[0];
      context ??= launch().catch((error: unknown) => {
        context = null;
        throw error;
      });
      const page = await (await context).newPage();
      try {
        const print = async () => {
          await page.goto(`${base}#${route}`);
          await page.evaluate(PRINT_READY_EXPRESSION);
          return page.pdf({
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
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close().catch(() => undefined);
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
      const running = context;
      context = null;
      if (running) await (await running).browser()?.close().catch(() => undefined);
    },
  };
}

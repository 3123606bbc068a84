import type { PaperSize } from '@shared/domain/plan-export';

/*
 * Page furniture both hosts give Chromium's printer, so a PDF made in Electron and one made in the
 * web host look the same. Chromium fills `pageNumber` and `totalPages` in the footer template.
 */

export const PRINT_TIMEOUT_MS = 30_000;

/** Margins in inches (Electron's unit); the web host converts. Wide enough for the footer. */
export const PRINT_MARGINS_IN = { top: 0.55, bottom: 0.7, left: 0.55, right: 0.55 } as const;

export const FOOTER_TEMPLATE =
  '<div style="width:100%;font:9px system-ui,sans-serif;color:#555;padding:0 0.55in;display:flex;justify-content:space-between">' +
  '<span>Trajectory career plan</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';

/** An empty header: Chromium's default one prints the URL and title. */
export const HEADER_TEMPLATE = '<span></span>';

export const PAPER_NAMES: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** A window on this route is a print page waiting for its host to ask for a print (renderer/src/print/print-ready.ts). */
export const PRINT_PAGE_ROUTE = '/print';

/** Has a print page read the plan afresh and draw `route`; settles once every chart has drawn. */
export const printExpression = (route: string) => `window.trajectoryPrint(${JSON.stringify(route)})`;

/**
 * How long a host keeps its print page open after the last export or look at the plan: the next
 * export skips opening a page and loading the app (about a third of an export), at the cost of
 * one hidden page's memory meanwhile.
 */
export const PRINT_PAGE_IDLE_MS = 5 * 60_000;

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each (the page tree is `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Rejects with `message` when `work` takes longer than `ms`; the caller's finally cleans up. */
export async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const timeoutMessage = (ms: number) =>
  `The PDF was not ready after ${Math.round(ms / 1000)} s, so the export stopped. Try again; if it keeps happening, export fewer sections.`;

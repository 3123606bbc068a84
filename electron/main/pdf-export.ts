import { BrowserWindow, dialog, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlanExportResult } from '@shared/domain/plan-export';
import { AppError } from '@shared/ipc/result';
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
import { guardNavigation } from './navigation';
import { secureWebPreferences } from './window';

/** Saved PDFs the renderer may still ask to open ("Open PDF"). */
const MAX_OPENABLE = 10;

export interface PdfExporterOptions {
  preloadPath: string;
  origins: readonly string[];
  /** The renderer's address for an in-app route (`/print?…` becomes `app://trajectory/index.html#/print?…`). */
  urlFor(route: string): string;
  /** The save dialog's parent. */
  getParent(): BrowserWindow | null;
  timeoutMs?: number;
  idleMs?: number;
}

export interface PdfExporter extends PlanPdfHost {
  /** The hidden print window while it exists (kept between exports), for the IPC sender check; null otherwise. */
  currentWindow(): BrowserWindow | null;
  /** Destroys the print window (now, or when the export under way ends): the app window closed or the app quits. */
  release(): void;
}

/**
 * The Electron half of the PDF export: a hidden window with the app window's security settings
 * and preload opens the print page; an export has it read the plan afresh and draw the route, and
 * prints it. The window is kept between exports (opened early when the Plan screen reads the plan,
 * destroyed after PRINT_PAGE_IDLE_MS unused, when the app window closes, or when an export fails);
 * a hang becomes a clear error after the timeout.
 */
export function createPdfExporter(options: PdfExporterOptions): PdfExporter {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  const idleMs = options.idleMs ?? PRINT_PAGE_IDLE_MS;
  // The print window, waiting or printing, and its page's loading.
  let window: BrowserWindow | null = null;
  let loaded: Promise<void> = Promise.resolve();
  let busy = false;
  let releaseWhenDone = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  // Saved files by token: the renderer can ask to open what it exported but never names a path.
  const saved = new Map<string, string>();

  function openWindow(): BrowserWindow {
    const printWindow = new BrowserWindow({
      show: false,
      width: 1024,
      height: 1400,
      // Hidden windows are throttled like background tabs; the print page must draw at full speed.
      webPreferences: { ...secureWebPreferences(options.preloadPath), backgroundThrottling: false },
    });
    guardNavigation(printWindow.webContents, options.origins, async () => undefined);
    window = printWindow;
    // A kept window that cannot print (its page did not load, its renderer died) is dropped while
    // it waits, so the next export opens a new one instead of failing.
    const dropIfWaiting = () => {
      if (window === printWindow && !busy) release();
    };
    printWindow.webContents.on('render-process-gone', dropIfWaiting);
    loaded = printWindow.loadURL(options.urlFor(PRINT_PAGE_ROUTE));
    loaded.catch(dropIfWaiting);
    return printWindow;
  }

  function release(): void {
    clearTimeout(idleTimer);
    if (busy) {
      releaseWhenDone = true;
      return;
    }
    if (window && !window.isDestroyed()) window.destroy();
    window = null;
  }

  function keepForLater(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(release, idleMs);
    idleTimer.unref?.();
  }

  function warm(): void {
    if (busy) return;
    if (!window || window.isDestroyed()) openWindow();
    keepForLater();
  }

  async function render(route: string, paper: Parameters<PlanPdfHost['render']>[1]): Promise<Uint8Array> {
    if (busy) throw new Error('Another PDF is being made.');
    busy = true;
    clearTimeout(idleTimer);
    const printWindow = window && !window.isDestroyed() ? window : openWindow();
    const pageLoaded = loaded;
    let printed = false;
    try {
      const print = async () => {
        await pageLoaded;
        await printWindow.webContents.executeJavaScript(printExpression(route), true);
        return printWindow.webContents.printToPDF({
          pageSize: PAPER_NAMES[paper],
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: FOOTER_TEMPLATE,
          margins: { marginType: 'custom', ...PRINT_MARGINS_IN },
        });
      };
      const pdf = await withTimeout(print(), timeoutMs, timeoutMessage(timeoutMs));
      printed = true;
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      busy = false;
      // A window that printed waits for the next export; one that failed or hung is destroyed.
      if (printed && !releaseWhenDone) keepForLater();
      else release();
      releaseWhenDone = false;
    }
  }

  async function deliver(pdf: Uint8Array, fileName: string, pages: number): Promise<PlanExportResult> {
    const parent = options.getParent();
    const dialogOptions = { title: 'Save career plan', defaultPath: fileName, filters: [{ name: 'PDF files', extensions: ['pdf'] }] };
    const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return { outcome: 'cancelled' };
    // Some dialogs (GTK) do not add the filter's extension: without it the file would not open as a PDF.
    const file = path.extname(result.filePath).toLowerCase() === '.pdf' ? result.filePath : `${result.filePath}.pdf`;
    try {
      await writeFile(file, pdf);
    } catch (error) {
      throw new AppError('VALIDATION', `The PDF was made but could not be saved to ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const openToken = randomBytes(18).toString('base64url');
    saved.set(openToken, file);
    // Only the latest few exports can be opened from the app: the map must not grow for the app's lifetime.
    for (const old of [...saved.keys()].slice(0, Math.max(0, saved.size - MAX_OPENABLE))) saved.delete(old);
    return { outcome: 'saved', fileName: path.basename(file), pages, openToken };
  }

  async function open(token: string): Promise<boolean> {
    const file = saved.get(token);
    if (!file) return false;
    const problem = await shell.openPath(file);
    if (problem) throw new Error(problem);
    return true;
  }

  return { render, warm, deliver, open, release, currentWindow: () => (window && !window.isDestroyed() ? window : null) };
}

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
  PRINT_READY_EXPRESSION,
  PRINT_TIMEOUT_MS,
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
}

export interface PdfExporter extends PlanPdfHost {
  /** The hidden window while an export renders, for the IPC sender check; null otherwise. */
  currentWindow(): BrowserWindow | null;
}

/**
 * The Electron half of the PDF export: a hidden window with the app window's security settings
 * and preload loads the print route, waits for it to say every chart has drawn, and prints it.
 * The window is destroyed whatever happens; a hang becomes a clear error after the timeout.
 */
export function createPdfExporter(options: PdfExporterOptions): PdfExporter {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  let window: BrowserWindow | null = null;
  // Saved files by token: the renderer can ask to open what it exported but never names a path.
  const saved = new Map<string, string>();

  async function render(route: string, paper: Parameters<PlanPdfHost['render']>[1]): Promise<Uint8Array> {
    if (window) throw new Error('Another PDF is being made.');
    const exportWindow = new BrowserWindow({
      show: false,
      width: 1024,
      height: 1400,
      // Hidden windows are throttled like background tabs; the print route must draw at full speed.
      webPreferences: { ...secureWebPreferences(options.preloadPath), backgroundThrottling: false },
    });
    window = exportWindow;
    try {
      guardNavigation(exportWindow.webContents, options.origins, async () => undefined);
      const print = async () => {
        await exportWindow.loadURL(options.urlFor(route));
        await exportWindow.webContents.executeJavaScript(PRINT_READY_EXPRESSION, true);
        return exportWindow.webContents.printToPDF({
          pageSize: PAPER_NAMES[paper],
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: FOOTER_TEMPLATE,
          margins: { marginType: 'custom', ...PRINT_MARGINS_IN },
        });
      };
      const pdf = await withTimeout(print(), timeoutMs, timeoutMessage(timeoutMs));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window = null;
      if (!exportWindow.isDestroyed()) exportWindow.destroy();
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

  return { render, deliver, open, currentWindow: () => window };
}

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSenderCheck } from '../../../electron/main/ipc';
import { createPdfExporter } from '../../../electron/main/pdf-export';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ORIGIN = 'app://trajectory';
const appWindow = new fake.BrowserWindow({});

const IDLE_MS = 60_000;

function exporter(timeoutMs?: number) {
  return createPdfExporter({
    preloadPath: '/app/out/preload/index.cjs',
    origins: [ORIGIN],
    urlFor: (route) => `${ORIGIN}/index.html#${route}`,
    getParent: () => appWindow as unknown as BrowserWindow,
    timeoutMs,
    idleMs: IDLE_MS,
  });
}

const printWindows = () => fake.BrowserWindow.instances.filter((w) => w !== appWindow);

/** The hidden window the exporter opened (the only BrowserWindow made after `appWindow`). */
const exportWindow = () => {
  const window = fake.BrowserWindow.instances.at(-1);
  if (!window || window === appWindow) throw new Error('no export window was opened');
  return window;
};

const senderEvent = (frame: fake.FakeFrame) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

beforeEach(() => {
  fake.resetFakes();
  fake.BrowserWindow.instances = [appWindow];
});

describe('PDF export window (Electron, mocked)', () => {
  it('opens the print page hidden with the secure preferences, has it draw the route, prints, and keeps the window', async () => {
    const pdf = exporter();
    const bytes = await pdf.render('/print?paper=letter&sections=cover', 'letter');
    const window = exportWindow();
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/out/preload/index.cjs' },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://trajectory/index.html#/print');
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith('window.trajectoryPrint("/print?paper=letter&sections=cover")', true);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true }),
    );
    expect(Buffer.from(bytes).toString('latin1')).toContain('%PDF');
    expect(window.destroy).not.toHaveBeenCalled();
    expect(pdf.currentWindow()).toBe(window);
    pdf.release();
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(pdf.currentWindow()).toBeNull();
  });

  it('prints the next export in the same window, asking it to draw again (it reads the plan then), without loading it again', async () => {
    const pdf = exporter();
    await pdf.render('/print?paper=a4&sections=cover', 'a4');
    await pdf.render('/print?paper=a4&sections=goals', 'a4');
    expect(printWindows()).toHaveLength(1);
    const window = exportWindow();
    expect(window.loadURL).toHaveBeenCalledOnce();
    expect(window.webContents.executeJavaScript.mock.calls.map((call) => call[0])).toEqual([
      'window.trajectoryPrint("/print?paper=a4&sections=cover")',
      'window.trajectoryPrint("/print?paper=a4&sections=goals")',
    ]);
    expect(window.webContents.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('opens the print window early when warmed, once, and the export then uses it', async () => {
    const pdf = exporter();
    pdf.warm?.();
    pdf.warm?.();
    expect(printWindows()).toHaveLength(1);
    expect(exportWindow().loadURL).toHaveBeenCalledWith('app://trajectory/index.html#/print');
    await pdf.render('/print?paper=a4&sections=cover', 'a4');
    expect(printWindows()).toHaveLength(1);
    expect(exportWindow().loadURL).toHaveBeenCalledOnce();
  });

  it('destroys the print window after it has gone unused for a while, and opens a new one for the next export', async () => {
    vi.useFakeTimers();
    try {
      const pdf = exporter();
      await pdf.render('/print?paper=a4&sections=cover', 'a4');
      const first = exportWindow();
      await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
      expect(first.destroy).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(first.destroy).toHaveBeenCalledOnce();
      expect(pdf.currentWindow()).toBeNull();
      await pdf.render('/print?paper=a4&sections=cover', 'a4');
      expect(printWindows()).toHaveLength(2);
      expect(exportWindow()).not.toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops a kept window whose renderer died, and the next export opens a new one', async () => {
    const pdf = exporter();
    pdf.warm?.();
    const crashed = exportWindow();
    crashed.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(crashed.destroy).toHaveBeenCalledOnce();
    expect(pdf.currentWindow()).toBeNull();
    await pdf.render('/print?paper=a4&sections=cover', 'a4');
    expect(exportWindow()).not.toBe(crashed);
    expect(exportWindow().webContents.printToPDF).toHaveBeenCalledOnce();
  });

  it('released during an export, destroys the window once the export ends', async () => {
    const pdf = exporter();
    let release: (value: unknown) => void = () => undefined;
    const rendering = pdf.render('/print', 'a4');
    const window = exportWindow();
    window.webContents.executeJavaScript.mockReturnValueOnce(new Promise((resolve) => (release = resolve)));
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalled());
    pdf.release();
    expect(window.destroy).not.toHaveBeenCalled();
    release('ready');
    await rendering;
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(pdf.currentWindow()).toBeNull();
  });

  it('destroys the window when the page fails to get ready', async () => {
    const pdf = exporter();
    const failing = pdf.render('/print', 'a4');
    exportWindow().webContents.executeJavaScript.mockRejectedValueOnce(new Error('The roadmap could not be loaded'));
    await expect(failing).rejects.toThrow('The roadmap could not be loaded');
    expect(exportWindow().destroy).toHaveBeenCalledOnce();
    expect(pdf.currentWindow()).toBeNull();
  });

  it('turns a page that never gets ready into a clear error after the timeout, and destroys the window', async () => {
    vi.useFakeTimers();
    try {
      const pdf = exporter(30_000);
      const hanging = pdf.render('/print', 'a4');
      exportWindow().webContents.executeJavaScript.mockReturnValueOnce(new Promise(() => undefined));
      const outcome = expect(hanging).rejects.toThrow('not ready after 30 s');
      await vi.advanceTimersByTimeAsync(30_000);
      await outcome;
      expect(exportWindow().destroy).toHaveBeenCalledOnce();
      expect(exportWindow().webContents.printToPDF).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the print window call into main only while it exists', async () => {
    const pdf = exporter();
    const check = createSenderCheck(() => [appWindow as unknown as BrowserWindow, pdf.currentWindow()], [ORIGIN]);
    let release: (value: unknown) => void = () => undefined;
    const rendering = pdf.render('/print', 'a4');
    const window = exportWindow();
    window.webContents.mainFrame = new fake.FakeFrame('app://trajectory/index.html#/print', 7, 3);
    window.webContents.executeJavaScript.mockReturnValueOnce(new Promise((resolve) => (release = resolve)));
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalled());
    expect(check(senderEvent(window.webContents.mainFrame))).toBe(true);
    expect(check(senderEvent(new fake.FakeFrame('app://trajectory/index.html', 9, 9)))).toBe(false);
    release('ready');
    await rendering;
    // Kept for the next export, it may still read the plan; destroyed, it may not.
    expect(check(senderEvent(window.webContents.mainFrame))).toBe(true);
    pdf.release();
    expect(check(senderEvent(window.webContents.mainFrame))).toBe(false);
    expect(check(senderEvent(appWindow.webContents.mainFrame))).toBe(true);
  });

  it('saves where the dialog says, offers to open it by token, and writes nothing when cancelled', async () => {
    const pdf = exporter();
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7 test'));
    await expect(pdf.deliver(bytes, 'career-plan-2026-11-29.pdf', 1)).resolves.toEqual({ outcome: 'cancelled' });
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'trajectory-pdf-')), 'plan.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await pdf.deliver(bytes, 'career-plan-2026-11-29.pdf', 1);
    expect(saved).toMatchObject({ outcome: 'saved', fileName: 'plan.pdf', pages: 1 });
    expect(readFileSync(target).equals(Buffer.from(bytes))).toBe(true);
    expect(fake.dialog.showSaveDialog).toHaveBeenLastCalledWith(appWindow, expect.objectContaining({ defaultPath: 'career-plan-2026-11-29.pdf' }));
    if (saved.outcome !== 'saved') throw new Error('not saved');
    await expect(pdf.open(saved.openToken)).resolves.toBe(true);
    expect(fake.shell.openPath).toHaveBeenCalledWith(target);
    await expect(pdf.open('made-up')).resolves.toBe(false);
    expect(existsSync(target)).toBe(true);
  });

  it('adds .pdf when the dialog did not, and says where a save failed', async () => {
    const pdf = exporter();
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7 test'));
    const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-pdf-'));
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'plan') });
    await expect(pdf.deliver(bytes, 'career-plan.pdf', 1)).resolves.toMatchObject({ outcome: 'saved', fileName: 'plan.pdf' });
    expect(existsSync(path.join(dir, 'plan.pdf'))).toBe(true);
    const missing = path.join(dir, 'no-such-folder', 'plan.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: missing });
    await expect(pdf.deliver(bytes, 'career-plan.pdf', 1)).rejects.toThrow(`The PDF was made but could not be saved to ${missing}`);
  });
});

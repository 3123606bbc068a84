/*
 * How a host knows the print route has finished drawing: the page publishes a promise on
 * `window.trajectoryPrintReady` before it renders, and settles it once every section has its
 * data, every chart has drawn and the fonts are loaded. Electron awaits it through
 * executeJavaScript, the web host through Playwright's evaluate; both then print.
 */

declare global {
  interface Window {
    trajectoryPrintReady?: Promise<string>;
  }
}

export interface PrintReady {
  ready(): void;
  fail(message: string): void;
}

/**
 * Charts in a PDF are printed from their canvas, as bitmaps of this many pixels per CSS pixel.
 * 1.5 puts them on A4 at about 174 pixels per inch: rendered at 150 dpi they look the same as at
 * 2 (232 ppi), while at 1 (116 ppi) the smallest labels (the radar's ticks and categories) go
 * soft, and more so on a 300 dpi printer. Chromium's printing time grows with the bitmaps: at 2
 * it took about a third longer than at 1.5 for the demo plan, and the PDF was 40 % bigger.
 */
export const PRINT_PIXEL_RATIO = 1.5;

export const isPrintRoute = (hash: string) => hash.startsWith('#/print');

export function publishPrintReady(target: Window = window): PrintReady {
  let settle: PrintReady = { ready: () => undefined, fail: () => undefined };
  const promise = new Promise<string>((resolve, reject) => {
    settle = { ready: () => resolve('ready'), fail: (message) => reject(new Error(message)) };
  });
  // Nobody may be waiting (a person opened the route): an unobserved rejection is not an error here.
  promise.catch(() => undefined);
  target.trajectoryPrintReady = promise;
  return settle;
}

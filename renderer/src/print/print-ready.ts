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

/** Charts in a PDF are printed from their canvas: draw them at twice the pixels at least, so they stay crisp. */
export const PRINT_PIXEL_RATIO = 2;

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

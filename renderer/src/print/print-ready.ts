/*
 * How a host prints the career plan. The print page (the app's entry opened on `#/print`: main.tsx, print-page.tsx) publishes
 * `window.trajectoryPrint(route)` as soon as its script has run: it reads the plan afresh, draws
 * the document the route names (`/print?paper=…&sections=…`) and settles once every chart has
 * drawn and the fonts are loaded. Electron calls it through executeJavaScript, the web host
 * through Playwright's evaluate; both then print. A host may keep the page open between exports
 * and call it again: each call reads the plan again, so a kept page never prints stale data.
 */

declare global {
  interface Window {
    trajectoryPrint?: (route: string) => Promise<string>;
    /** The print page opened on a route (`index.html#/print?…`): that route's print, under way. */
    trajectoryPrintReady?: Promise<string>;
  }
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

/**
 * Publishes `print` for hosts. A window opened on a print route with options (`#/print?paper=…`)
 * prints it at once and publishes that print as `trajectoryPrintReady` (a person may open one);
 * a bare `#/print` waits for the host.
 */
export function publishPrinter(print: (route: string) => Promise<string>, target: Window = window): void {
  target.trajectoryPrint = print;
  const route = target.location.hash.slice(1);
  if (!isPrintRoute(target.location.hash) || !route.includes('?')) return;
  const ready = print(route);
  // Nobody may be waiting (a person opened the page): an unobserved rejection is not an error here.
  ready.catch(() => undefined);
  target.trajectoryPrintReady = ready;
}

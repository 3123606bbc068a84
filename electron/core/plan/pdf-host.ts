import type { PaperSize, PlanExportResult } from '@shared/domain/plan-export';

/**
 * What a host does to turn the print route into a PDF and hand it to the user. Electron renders
 * in a hidden window and saves where the native dialog says; the web host renders in Chromium
 * through Playwright and offers the file as a download. The core only decides what to print.
 */
export interface PlanPdfHost {
  /** Loads the print route (e.g. `/print?paper=a4&…`), waits until it says it is ready, prints it. */
  render(route: string, paper: PaperSize): Promise<Uint8Array>;
  /** Puts the bytes where the user wants them. */
  deliver(pdf: Uint8Array, fileName: string, pages: number): Promise<PlanExportResult>;
  /** Opens a file `deliver` saved, by the token it returned; false when the token is unknown. */
  open(token: string): Promise<boolean>;
}

import type { PaperSize, PlanExportResult } from '@shared/domain/plan-export';

/**
 * What a host does to turn the print route into a PDF and hand it to the user. Electron renders
 * in a hidden window and saves where the native dialog says; the web host renders in Chromium
 * through Playwright and offers the file as a download. The core only decides what to print.
 */
export interface PlanPdfHost {
  /** Has its print page draw the route (e.g. `/print?paper=a4&…`) from the plan as it is now, and prints it. */
  render(route: string, paper: PaperSize): Promise<Uint8Array>;
  /**
   * Someone is looking at the plan and may export it: the host may open its print page now, so
   * the export does not wait for it. A hint; nothing waits on it.
   */
  warm?(): void;
  /** Puts the bytes where the user wants them. */
  deliver(pdf: Uint8Array, fileName: string, pages: number): Promise<PlanExportResult>;
  /** Opens a file `deliver` saved, by the token it returned; false when the token is unknown. */
  open(token: string): Promise<boolean>;
}

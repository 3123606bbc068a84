import type { StateCreator } from 'zustand';
import type { PlanDocument } from '@shared/domain/plan-document';
import type { PlanExportInput, PlanExportResult } from '@shared/domain/plan-export';
import { getApi, unwrap } from '../api';
import { downloadExport } from '../api/files';
import type { AppState } from '.';

export interface PlanSlice {
  /** Everything the career-plan document shows, read by the core in one go so the pages agree with each other. */
  planDocument: PlanDocument | null;
  loadPlanDocument(): Promise<void>;
  /** Makes the PDF; in the web host the browser downloads it. */
  exportPlan(options: PlanExportInput): Promise<PlanExportResult>;
  openPlanPdf(token: string): Promise<void>;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  planDocument: null,
  async loadPlanDocument() {
    // One request: the print route's PDF waits on it, and a chain of reads would each queue in the core.
    set({ planDocument: await unwrap(getApi().plan.document()) });
  },
  async exportPlan(options) {
    const result = await unwrap(getApi().plan.exportPdf(options));
    if (result.outcome === 'download') await downloadExport(result.token, result.fileName);
    return result;
  },
  async openPlanPdf(token) {
    await unwrap(getApi().plan.openPdf({ token }));
  },
});

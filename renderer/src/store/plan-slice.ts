import type { StateCreator } from 'zustand';
import type { Goal } from '@shared/domain/goals';
import type { PlanExportInput, PlanExportResult } from '@shared/domain/plan-export';
import type { ProgressStats } from '@shared/domain/progress';
import type { Profile } from '@shared/domain/profile';
import type { RoadmapView } from '@shared/domain/roadmap';
import type { DatasetSummary } from '@shared/domain/salary';
import type { SkillSummary } from '@shared/domain/skills';
import { ApiError, getApi, unwrap } from '../api';
import { downloadExport } from '../api/files';
import type { AppState } from '.';

/** Everything the career-plan document shows, read in one go so the pages agree with each other. */
export interface PlanDocumentData {
  profile: Profile | null;
  goals: Goal[];
  skills: SkillSummary[];
  stats: ProgressStats;
  /** The active roadmap with its schedule; null when there is none. */
  roadmap: RoadmapView | null;
  datasets: DatasetSummary[];
}

export interface PlanSlice {
  planDocument: PlanDocumentData | null;
  loadPlanDocument(): Promise<void>;
  /** Makes the PDF; in the web host the browser downloads it. */
  exportPlan(options: PlanExportInput): Promise<PlanExportResult>;
  openPlanPdf(token: string): Promise<void>;
}

async function activeRoadmap(): Promise<RoadmapView | null> {
  const active = (await unwrap(getApi().roadmap.list())).find((r) => r.active && r.archivedAt === null);
  if (!active) return null;
  try {
    return await unwrap(getApi().roadmap.get({ id: active.id }));
  } catch (error) {
    // Deleted between the two reads: the plan simply has no roadmap.
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  planDocument: null,
  async loadPlanDocument() {
    const api = getApi();
    const [profile, goals, skills, stats, roadmap, datasets] = await Promise.all([
      unwrap(api.profile.get()),
      unwrap(api.goals.list()),
      unwrap(api.skills.list()),
      unwrap(api.progress.stats({ streakUnit: 'weeks' })),
      activeRoadmap(),
      unwrap(api.data.listDatasets()),
    ]);
    set({ planDocument: { profile, goals, skills, stats, roadmap, datasets } });
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

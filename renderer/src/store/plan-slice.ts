import type { StateCreator } from 'zustand';
import type { Goal } from '@shared/domain/goals';
import type { PlanExportInput, PlanExportResult } from '@shared/domain/plan-export';
import type { ProgressStats } from '@shared/domain/progress';
import type { Profile } from '@shared/domain/profile';
import type { Projection } from '@shared/domain/projection';
import type { Scenario } from '@shared/domain/scenarios';
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
  /** Every saved scenario with its projection (or why it has none); the options choose which go in. */
  scenarios: PlanScenario[];
}

export interface PlanScenario {
  scenario: Scenario;
  projection: Projection | null;
  /** Why there is no projection. */
  problem: string | null;
}

export interface PlanSlice {
  planDocument: PlanDocumentData | null;
  loadPlanDocument(): Promise<void>;
  /** Makes the PDF; in the web host the browser downloads it. */
  exportPlan(options: PlanExportInput): Promise<PlanExportResult>;
  openPlanPdf(token: string): Promise<void>;
}

/** Each saved scenario projected by the core: the same model, inputs and numbers as the Projection screen. */
async function projectedScenarios(): Promise<PlanScenario[]> {
  const api = getApi();
  const scenarios = await unwrap(api.career.scenarios());
  return Promise.all(
    scenarios.map(async (s): Promise<PlanScenario> => {
      if (!s.params) return { scenario: s, projection: null, problem: s.problem ?? 'Its settings are no longer valid.' };
      const result = await api.career.project({ params: s.params });
      return result.ok ? { scenario: s, projection: result.value, problem: null } : { scenario: s, projection: null, problem: result.error.message };
    }),
  );
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
    // The two reads that need a second request go first: core answers in turn, so their second
    // requests queue behind the other reads instead of after all of them.
    const [scenarios, roadmap, profile, goals, skills, stats, datasets] = await Promise.all([
      projectedScenarios(),
      activeRoadmap(),
      unwrap(api.profile.get()),
      unwrap(api.goals.list()),
      unwrap(api.skills.list()),
      unwrap(api.progress.stats({ streakUnit: 'weeks' })),
      unwrap(api.data.listDatasets()),
    ]);
    set({ planDocument: { profile, goals, skills, stats, roadmap, datasets, scenarios } });
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

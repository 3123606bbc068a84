import type { PlanDocument, PlanScenario } from '@shared/domain/plan-document';
import { AppError } from '@shared/ipc/result';
import type { Store } from '../db/store';
import { listDatasets } from '../services/datasets';
import { listGoals } from '../services/goals';
import { getProfile } from '../services/profile';
import { progressStats } from '../services/progress';
import { allEvents } from '../services/progress-log';
import { project } from '../services/projection';
import { activeRoadmap } from '../services/roadmap';
import { listScenarios } from '../services/scenarios';
import { listSkills, skillRecords } from '../services/skills';
import { inTransaction } from '../services/transaction';

/**
 * The career plan's data as one read: the print route asks for this alone, so a PDF waits on one
 * request instead of a chain of them. One transaction, so every section sees the same data; the
 * study log and the skills are read once, and the active roadmap is scheduled once for its own
 * section, the goals' tracks and every projection that follows the roadmap.
 */
export function planDocument(store: Store, today: string): PlanDocument {
  const { db } = store;
  return inTransaction(db, () => {
    const events = allEvents(db);
    const records = skillRecords(db, events);
    const roadmap = activeRoadmap(db, today, records);
    const schedule = roadmap?.active ?? null;
    const scenarios = listScenarios(db).map((scenario): PlanScenario => {
      if (!scenario.params) return { scenario, projection: null, problem: scenario.problem ?? 'Its settings are no longer valid.' };
      try {
        return { scenario, projection: project(store, scenario.params, today, { schedule }), problem: null };
      } catch (error) {
        // A scenario the model cannot project says why (as career.project would); anything else is a real failure.
        if (error instanceof AppError) return { scenario, projection: null, problem: error.message };
        throw error;
      }
    });
    return {
      profile: getProfile(db),
      goals: listGoals(db, today, schedule, records),
      skills: listSkills(db, records),
      stats: progressStats(db, today, 'weeks', events, records),
      roadmap: roadmap?.view ?? null,
      datasets: listDatasets(db),
      scenarios,
    };
  });
}

import { z } from 'zod';
import { Goal } from './goals';
import { Profile } from './profile';
import { ProgressStats } from './progress';
import { Projection } from './projection';
import { RoadmapView } from './roadmap';
import { DatasetSummary } from './salary';
import { Scenario } from './scenarios';
import { SkillSummary } from './skills';

/** One saved scenario with its projection, or why it has none. */
export const PlanScenario = z.object({
  scenario: Scenario,
  projection: Projection.nullable(),
  /** Why there is no projection. */
  problem: z.string().nullable(),
});
export type PlanScenario = z.infer<typeof PlanScenario>;

/**
 * Everything the career-plan document shows, read by the core in one go (one transaction, the
 * active roadmap scheduled once for the goals, the roadmap section and every projection), so the
 * pages agree with each other and the print route waits on a single request.
 */
export const PlanDocument = z.object({
  profile: Profile.nullable(),
  goals: z.array(Goal),
  skills: z.array(SkillSummary),
  stats: ProgressStats,
  /** The active roadmap with its schedule; null when there is none. */
  roadmap: RoadmapView.nullable(),
  datasets: z.array(DatasetSummary),
  /** Every saved scenario, oldest first; the export options choose which go in. */
  scenarios: z.array(PlanScenario),
});
export type PlanDocument = z.infer<typeof PlanDocument>;

import { z } from 'zod';
import { Goal } from './goals';
import { ProgressEvent, StreakUnit } from './progress';
import { SkillSummary } from './skills';

/** What the dashboard shows: this week's study, the streak, goals coming due, skills in progress. */
export const DashboardSummary = z.object({
  today: z.string(),
  weekMinutes: z.number().int(),
  streak: z.number().int(),
  streakUnit: StreakUnit,
  /** Open goals due in the next 30 days, and every open goal that is behind. */
  goalsDue: z.array(Goal),
  inProgress: z.array(SkillSummary),
  latest: z.array(ProgressEvent),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

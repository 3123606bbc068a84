import { addDays } from 'date-fns';
import { toDate, toIso } from '@shared/domain/dates';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { effectiveEvents, minutesByDate, streak, weeklyMinutes, type StreakUnit } from '@shared/domain/progress';
import type { Db } from '../db/store';
import { listGoals } from './goals';
import { allEvents, withNames, skillLabels } from './progress-log';
import { listSkills, skillRecords } from './skills';

const GOALS_DUE_WINDOW_DAYS = 30;

export function dashboardSummary(db: Db, today: string, streakUnit: StreakUnit): DashboardSummary {
  const events = allEvents(db);
  const byDate = minutesByDate(effectiveEvents(events));
  const skills = skillRecords(db);
  const horizon = toIso(addDays(toDate(today), GOALS_DUE_WINDOW_DAYS));
  return {
    today,
    weekMinutes: weeklyMinutes(byDate, today, 1)[0]?.minutes ?? 0,
    streak: streak(byDate.keys(), today, streakUnit),
    streakUnit,
    goalsDue: listGoals(db, today).filter((g) => g.completedAt === null && (g.track === 'behind' || g.dueDate <= horizon)),
    inProgress: listSkills(db).filter((s) => s.status === 'learning'),
    latest: withNames(effectiveEvents(events), skillLabels(skills)).slice(0, 8),
  };
}

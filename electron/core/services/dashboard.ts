import { addDays } from 'date-fns';
import { toDate, toIso } from '@shared/domain/dates';
import { DASHBOARD_NEXT_ITEMS, type DashboardRoadmap, type DashboardSummary } from '@shared/domain/dashboard';
import { effectiveEvents, minutesByDate, streak, weeklyMinutes, type StreakUnit } from '@shared/domain/progress';
import type { Db } from '../db/store';
import { listGoals } from './goals';
import { allEvents, withNames, skillLabels } from './progress-log';
import { activeSchedule, type ActiveSchedule } from './roadmap';
import { listSkills, skillRecords } from './skills';

const GOALS_DUE_WINDOW_DAYS = 30;

function roadmapCard(active: ActiveSchedule | null): DashboardRoadmap | null {
  if (!active) return null;
  const { roadmap, items, input, result } = active;
  const base = { id: roadmap.id, name: roadmap.name, hoursPerWeek: input.hoursPerWeek };
  if (!result.ok) return { ...base, finish: null, noTimePlanned: false, actualPace: null, cycle: result.cycle, next: [] };
  const byId = new Map(items.map((i) => [i.id, i]));
  const next = result.items
    .flatMap((s) => {
      const item = byId.get(s.itemId);
      return item && item.status === 'planned' && s.start !== null && s.end !== null
        ? [{ itemId: s.itemId, skillId: s.skillId, skillName: item.skillName, targetLevel: item.targetLevel, start: s.start, end: s.end, readyNow: s.readyNow, position: item.position }]
        : [];
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.position - b.position)
    .slice(0, DASHBOARD_NEXT_ITEMS)
    .map(({ position: _position, ...rest }) => rest);
  return { ...base, finish: result.finish, noTimePlanned: result.noTimePlanned, actualPace: result.actualPace, cycle: null, next };
}

export function dashboardSummary(db: Db, today: string, streakUnit: StreakUnit): DashboardSummary {
  // The log and the skills read once, for every part of the summary (each part alone reads them itself).
  const events = allEvents(db);
  const byDate = minutesByDate(effectiveEvents(events));
  const skills = skillRecords(db, events);
  const horizon = toIso(addDays(toDate(today), GOALS_DUE_WINDOW_DAYS));
  // One schedule for both the goals' tracks and the roadmap card.
  const schedule = activeSchedule(db, today, skills);
  return {
    today,
    weekMinutes: weeklyMinutes(byDate, today, 1)[0]?.minutes ?? 0,
    streak: streak(byDate.keys(), today, streakUnit),
    streakUnit,
    goalsDue: listGoals(db, today, schedule, skills).filter((g) => g.completedAt === null && (g.track === 'behind' || g.dueDate <= horizon)),
    inProgress: listSkills(db, skills).filter((s) => s.status === 'learning'),
    latest: withNames(effectiveEvents(events), skillLabels(skills)).slice(0, 8),
    roadmap: roadmapCard(schedule),
  };
}

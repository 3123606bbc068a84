import type { Goal } from '@shared/domain/goals';
import type { RoadmapView } from '@shared/domain/roadmap';
import type { PlanDocument } from '@shared/domain/plan-document';

/** The open goal the plan aims at: the furthest career-level or salary goal, else the furthest goal. */
export function planTarget(goals: readonly Goal[]): Goal | null {
  const open = goals.filter((g) => g.completedAt === null);
  const byDue = (a: Goal, b: Goal) => b.dueDate.localeCompare(a.dueDate);
  return [...open.filter((g) => g.kind === 'career-level' || g.kind === 'salary')].sort(byDue)[0] ?? [...open].sort(byDue)[0] ?? null;
}

/** Open goals due from today to `horizon` (inclusive), soonest first. */
export function goalsDue(goals: readonly Goal[], today: string, horizon: string): Goal[] {
  return goals.filter((g) => g.completedAt === null && g.dueDate >= today && g.dueDate <= horizon).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

export interface RoadmapFacts {
  name: string;
  items: number;
  hoursLeft: number;
  finish: string | null;
  actualFinish: string | null;
  actualHoursPerWeek: number | null;
  noTimePlanned: boolean;
  cycle: string[] | null;
}

export function roadmapFacts(view: RoadmapView | null): RoadmapFacts | null {
  if (!view) return null;
  const base = { name: view.roadmap.name, items: view.items.length };
  if (!view.schedule.ok) {
    return { ...base, hoursLeft: 0, finish: null, actualFinish: null, actualHoursPerWeek: null, noTimePlanned: false, cycle: view.schedule.cycle };
  }
  const s = view.schedule;
  return {
    ...base,
    hoursLeft: s.items.reduce((sum, i) => sum + i.hours, 0),
    finish: s.finish,
    actualFinish: s.actualPace?.finish ?? null,
    actualHoursPerWeek: s.actualPace?.hoursPerWeek ?? null,
    noTimePlanned: s.noTimePlanned,
    cycle: null,
  };
}

/** Skills the user is tracking: some level, a target, or study logged. */
export const trackedSkills = (data: PlanDocument) =>
  data.skills.filter((s) => s.level > 0 || s.targetLevel > 0 || s.minutesLogged > 0 || s.status !== 'pending');

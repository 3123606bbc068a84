/**
 * The roadmap scheduler: a pure function from a roadmap, the user's levels and hours, and a
 * calendar to start and end dates (no I/O). What each input means to the schedule:
 *
 * Edges (`from` is the prerequisite of `to`):
 * - prerequisite: the dependant's item starts no earlier than the moment the prerequisite's item
 *   is finished (it may take the rest of that day's hours, so it can start on the day the
 *   prerequisite ends). It does not block when the prerequisite is already met: its item is done
 *   or skipped, or its skill is at the level the dependant needs, which is the prerequisite item's
 *   target level when it is on the roadmap (the highest, if it has several items) and proficient
 *   (level 3) when it is not. A prerequisite that is not on the roadmap never blocks the schedule,
 *   but while unmet the dependant is not "ready now".
 * - alternative (either direction): when a prerequisite P of D has alternatives, the prerequisite
 *   is met or finished as soon as P or any one of them is; D waits only for the first of them on
 *   the roadmap to finish. Only direct alternatives of P count (not alternatives of alternatives).
 * - recommended: never blocks. Among items ready to start, one whose recommended predecessors on
 *   the roadmap are all finished goes first.
 *
 * Hours: an item needs `remainingHours(estimate, level, target)` (skills.ts) minus the hours already
 * logged on the skill, never below 0; `hoursOverride` replaces that figure. Done and skipped items
 * need nothing and get no dates.
 *
 * Calendar (a list scheduler in continuous time, reported by calendar day): each day gives
 * hoursPerWeek / 7 hours, days off give none (a part week off removes its days only), nothing
 * happens before the start date. Up to `parallel` items run at once and share the day's hours
 * evenly. Whenever a slot is free, the ready item ranked first starts: ready = every blocking
 * prerequisite finished and the pinned start reached; ranked by recommended predecessors finished,
 * then position, then id. An item's start is the first day it gets hours and its end the last
 * day it gets hours (an item needing 0 hours starts and ends on the day it becomes ready). Days
 * are counted on the civil calendar, so DST changes and year ends cannot move a date.
 *
 * Results:
 * - ready now: planned, every prerequisite met today, and no pinned start after the start date.
 * - finish: the last end date; null when no hours are left or no time is planned.
 * - 0 hours per week with hours left: `noTimePlanned`, every date null.
 * - critical chain: from each item ending on the finish day, back through what let each item
 *   start when it did: the prerequisite that finished last, else (when it started on its pinned
 *   date) nothing, else the item whose end freed its slot. Delaying any of them moves the finish.
 * - a prerequisite cycle among skills that are on the roadmap (or a wait among alternatives that
 *   can never end) is `{ ok: false, cycle }`, named by skill, never a loop.
 * - goals: for a goal whose skill has a roadmap item aiming at or above the goal's level, the
 *   earliest end of such a planned item against the due date: on track, or behind by
 *   ceil(days late / 7) weeks. A goal already reached (level, or a done item) is on track with
 *   no date; with no time planned it is behind with no date. Other goals are left out.
 * - actual pace: the mean of the last four `recentWeeklyHours`, and the finish at that pace;
 *   null with too little history (fewer than four weeks, or all four zero).
 */

import { dayNumber, isoOfDay, workCalendar, type WorkCalendar } from './roadmap-calendar';
import { addTo, buildPlan, type Plan } from './roadmap-plan';
import type { GoalTrack, ScheduledItem, ScheduleInput, ScheduleItem, ScheduleResult } from './roadmap-schedule-types';
import { simulate } from './roadmap-simulation';
import { findPrerequisiteCycle } from './skills';

/** Weeks of history the actual pace needs. */
export const PACE_WEEKS = 4;

export function scheduleRoadmap(input: ScheduleInput): ScheduleResult {
  const skills = new Map(input.skills.map((s) => [s.id, s]));
  const nameOf = (id: string) => skills.get(id)?.name ?? id;
  const itemsOfSkill = new Map<string, number[]>();
  input.items.forEach((item, i) => addTo(itemsOfSkill, item.skillId, i));

  const onRoadmap = input.edges.filter((e) => e.kind === 'prerequisite' && e.from !== e.to && itemsOfSkill.has(e.from) && itemsOfSkill.has(e.to));
  const cycle = findPrerequisiteCycle(onRoadmap);
  if (cycle) return { ok: false, cycle: cycle.map(nameOf) };

  const startDay = dayNumber(input.startDate);
  const calendar = workCalendar(startDay, input.weeksOff);
  const { plan, readyNow } = buildPlan(input, skills, itemsOfSkill, calendar, startDay);
  const hoursPerWeek = Number.isFinite(input.hoursPerWeek) ? Math.max(0, input.hoursPerWeek) : 0;
  const parallel = Math.max(1, Math.floor(input.parallel) || 1);

  const noTimePlanned = hoursPerWeek === 0 && plan.totalHours > 0;
  // A wait through alternatives only shows while simulating: with no time planned, simulate at a
  // nominal hour a week to find it (its dates are not used), so the cycle is never hidden.
  const simulated = simulate(plan, noTimePlanned ? 1 : hoursPerWeek, parallel);
  if ('stuck' in simulated) return { ok: false, cycle: simulated.stuck.map(nameOf) };
  const run = noTimePlanned ? null : simulated;

  const starts = new Array<number | null>(input.items.length).fill(null);
  const ends = new Array<number | null>(input.items.length).fill(null);
  let finishDay: number | null = null;
  if (run) {
    for (const i of plan.planned) {
      const start = calendar.dayOfStart(run.startW[i] as number);
      const end = Math.max(start, calendar.dayOfEnd(run.endW[i] as number));
      starts[i] = start;
      ends[i] = end;
      if (plan.totalHours > 0 && (finishDay === null || end > finishDay)) finishDay = end;
    }
  }

  const critical = new Array<boolean>(input.items.length).fill(false);
  if (run && finishDay !== null) {
    for (const i of plan.planned) {
      for (let at = ends[i] === finishDay ? i : -1; at >= 0 && !critical[at]; at = run.cause[at] as number) critical[at] = true;
    }
  }

  const items: ScheduledItem[] = input.items.map((item, i) => {
    const start = starts[i] as number | null;
    const end = ends[i] as number | null;
    return {
      itemId: item.id,
      skillId: item.skillId,
      hours: plan.hours[i] as number,
      start: start === null ? null : isoOfDay(startDay + start),
      end: end === null ? null : isoOfDay(startDay + end),
      readyNow: readyNow[i] as boolean,
      critical: critical[i] as boolean,
    };
  });

  return {
    ok: true,
    items,
    finish: finishDay === null ? null : isoOfDay(startDay + finishDay),
    noTimePlanned,
    actualPace: actualPace(input.recentWeeklyHours, plan, parallel, calendar, startDay),
    goals: goalTracks(input, skills, itemsOfSkill, items, noTimePlanned),
  };
}

/** Mean hours of the last four weeks, or null with too little history. */
export function actualWeeklyHours(recentWeeklyHours: readonly number[]): number | null {
  if (recentWeeklyHours.length < PACE_WEEKS) return null;
  const last = recentWeeklyHours.slice(-PACE_WEEKS).map((h) => (Number.isFinite(h) ? Math.max(0, h) : 0));
  if (last.every((h) => h === 0)) return null;
  return last.reduce((a, b) => a + b, 0) / PACE_WEEKS;
}

function actualPace(recent: readonly number[], plan: Plan, parallel: number, calendar: WorkCalendar, startDay: number) {
  const hoursPerWeek = actualWeeklyHours(recent);
  if (hoursPerWeek === null) return null;
  if (plan.totalHours === 0) return { hoursPerWeek, finish: null };
  const run = simulate(plan, hoursPerWeek, parallel);
  if ('stuck' in run) return null;
  let last = 0;
  for (const i of plan.planned) last = Math.max(last, calendar.dayOfStart(run.startW[i] as number), calendar.dayOfEnd(run.endW[i] as number));
  return { hoursPerWeek, finish: isoOfDay(startDay + last) };
}

function goalTracks(
  input: ScheduleInput,
  skills: ReadonlyMap<string, ScheduleInput['skills'][number]>,
  itemsOfSkill: ReadonlyMap<string, number[]>,
  items: readonly ScheduledItem[],
  noTimePlanned: boolean,
): GoalTrack[] {
  const tracks: GoalTrack[] = [];
  for (const goal of input.goals) {
    const own = itemsOfSkill.get(goal.skillId);
    if (!own) continue;
    const reaching = own.filter((i) => (input.items[i] as ScheduleItem).targetLevel >= goal.targetLevel);
    const level = skills.get(goal.skillId)?.level ?? 0;
    if (level >= goal.targetLevel || reaching.some((i) => (input.items[i] as ScheduleItem).status === 'done')) {
      tracks.push({ goalId: goal.goalId, track: 'on-track', weeksBehind: 0, plannedEnd: null });
      continue;
    }
    const planned = reaching.filter((i) => (input.items[i] as ScheduleItem).status === 'planned');
    if (planned.length === 0) continue;
    if (noTimePlanned) {
      tracks.push({ goalId: goal.goalId, track: 'behind', weeksBehind: 0, plannedEnd: null });
      continue;
    }
    const plannedEnd = planned.map((i) => (items[i] as ScheduledItem).end as string).sort()[0] as string;
    const late = dayNumber(plannedEnd) - dayNumber(goal.dueDate);
    tracks.push({ goalId: goal.goalId, track: late > 0 ? 'behind' : 'on-track', weeksBehind: late > 0 ? Math.ceil(late / 7) : 0, plannedEnd });
  }
  return tracks;
}

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

import { dayNumber, EPS, isoOfDay, workCalendar, type WorkCalendar } from './roadmap-calendar';
import type { GoalTrack, ScheduledItem, ScheduleInput, ScheduleItem, ScheduleResult } from './roadmap-schedule-types';
import { findPrerequisiteCycle, PROFICIENT_LEVEL, remainingHours } from './skills';

/** Weeks of history the actual pace needs. */
export const PACE_WEEKS = 4;

/** The roadmap as the simulation needs it; built once, simulated at the planned and actual pace. */
interface Plan {
  items: readonly ScheduleItem[];
  planned: number[];
  hours: number[];
  release: number[];
  /** Blocking groups: a group is satisfied when any of its member skills has finished. */
  groupDependant: number[];
  groupsOfSkill: Map<string, number[]>;
  groupMembers: string[][];
  groupCount: number[];
  recommendedOfSkill: Map<string, number[]>;
  recommendedCount: number[];
  plannedOfSkill: Map<string, number[]>;
  totalHours: number;
}

interface Run {
  startW: number[];
  endW: number[];
  cause: number[];
}

const addTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function hoursToGo(item: ScheduleItem, skill: ScheduleInput['skills'][number] | undefined): number {
  if (item.status !== 'planned') return 0;
  if (item.hoursOverride !== null) return Math.max(0, item.hoursOverride) || 0;
  if (!skill) return 0;
  return Math.max(0, remainingHours(skill.estimatedHours, skill.level, item.targetLevel) - skill.hoursLogged) || 0;
}

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
  const run = noTimePlanned ? null : simulate(plan, hoursPerWeek, parallel);
  if (run && 'stuck' in run) return { ok: false, cycle: run.stuck.map(nameOf) };

  const startOf = (i: number) => (run ? calendar.dayOfStart(run.startW[i] as number) : null);
  const endOf = (i: number) => {
    const start = startOf(i);
    return run && start !== null ? Math.max(start, calendar.dayOfEnd(run.endW[i] as number)) : null;
  };
  const ends = input.items.map((item, i) => (item.status === 'planned' ? endOf(i) : null));
  const finishDay = run && plan.totalHours > 0 ? Math.max(...plan.planned.map((i) => ends[i] as number)) : null;

  const critical = new Array<boolean>(input.items.length).fill(false);
  if (run && finishDay !== null) {
    for (const i of plan.planned) {
      for (let at = ends[i] === finishDay ? i : -1; at >= 0 && !critical[at]; at = run.cause[at] as number) critical[at] = true;
    }
  }

  const items: ScheduledItem[] = input.items.map((item, i) => {
    const start = startOf(i);
    const end = ends[i];
    return {
      itemId: item.id,
      skillId: item.skillId,
      hours: plan.hours[i] as number,
      start: item.status === 'planned' && start !== null ? isoOfDay(startDay + start) : null,
      end: end !== null && end !== undefined ? isoOfDay(startDay + end) : null,
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
    goals: goalTracks(input, items, noTimePlanned),
  };
}

function buildPlan(
  input: ScheduleInput,
  skills: ReadonlyMap<string, ScheduleInput['skills'][number]>,
  itemsOfSkill: ReadonlyMap<string, number[]>,
  calendar: WorkCalendar,
  startDay: number,
): { plan: Plan; readyNow: boolean[] } {
  const { items } = input;
  const plannedOfSkill = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.status === 'planned') addTo(plannedOfSkill, item.skillId, i);
  });
  const neededLevel = (skillId: string) => {
    const own = itemsOfSkill.get(skillId);
    return own ? Math.max(...own.map((i) => (items[i] as ScheduleItem).targetLevel)) : PROFICIENT_LEVEL;
  };
  const metNow = (skillId: string) =>
    (itemsOfSkill.get(skillId) ?? []).some((i) => (items[i] as ScheduleItem).status !== 'planned') ||
    (skills.get(skillId)?.level ?? 0) >= neededLevel(skillId);

  const alternatives = new Map<string, Set<string>>();
  const prerequisites = new Map<string, Set<string>>();
  const recommended = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const edge of input.edges) {
    if (edge.from === edge.to) continue;
    if (edge.kind === 'prerequisite') link(prerequisites, edge.to, edge.from);
    else if (edge.kind === 'recommended') link(recommended, edge.to, edge.from);
    else {
      link(alternatives, edge.from, edge.to);
      link(alternatives, edge.to, edge.from);
    }
  }

  const plan: Plan = {
    items,
    planned: [...plannedOfSkill.values()].flat().sort((a, b) => a - b),
    hours: items.map((item) => hoursToGo(item, skills.get(item.skillId))),
    release: items.map((item) => (item.pinnedStart ? Math.max(0, calendar.workingAt(dayNumber(item.pinnedStart) - startDay)) : 0)),
    groupDependant: [],
    groupsOfSkill: new Map(),
    groupMembers: [],
    groupCount: new Array<number>(items.length).fill(0),
    recommendedOfSkill: new Map(),
    recommendedCount: new Array<number>(items.length).fill(0),
    plannedOfSkill,
    totalHours: 0,
  };
  const readyNow = new Array<boolean>(items.length).fill(false);
  for (const i of plan.planned) {
    const item = items[i] as ScheduleItem;
    plan.totalHours += plan.hours[i] as number;
    let ready = item.pinnedStart === null || dayNumber(item.pinnedStart) <= startDay;
    for (const prerequisite of prerequisites.get(item.skillId) ?? []) {
      const members = [prerequisite, ...(alternatives.get(prerequisite) ?? [])].filter((s) => s !== item.skillId);
      if (members.some(metNow)) continue;
      ready = false;
      const waitFor = members.filter((s) => plannedOfSkill.has(s));
      if (waitFor.length === 0) continue;
      const group = plan.groupDependant.length;
      plan.groupDependant.push(i);
      plan.groupMembers.push(waitFor);
      plan.groupCount[i] = (plan.groupCount[i] as number) + 1;
      for (const s of waitFor) addTo(plan.groupsOfSkill, s, group);
    }
    readyNow[i] = ready;
    for (const before of recommended.get(item.skillId) ?? []) {
      if (before === item.skillId || !plannedOfSkill.has(before)) continue;
      addTo(plan.recommendedOfSkill, before, i);
      plan.recommendedCount[i] = (plan.recommendedCount[i] as number) + 1;
    }
  }
  return { plan, readyNow };
}

/**
 * Runs the list scheduler in working time (days with the days off taken out). Each step advances
 * to the next event (an item finishing, or a pinned start when a slot is free), so the number of
 * steps is bounded by the items, whatever the hours per week.
 */
function simulate(plan: Plan, hoursPerWeek: number, parallel: number): Run | { stuck: string[] } {
  const { items, hours, release } = plan;
  const n = items.length;
  const blocking = [...plan.groupCount];
  const recommendedLeft = [...plan.recommendedCount];
  const groupDone = new Array<boolean>(plan.groupDependant.length).fill(false);
  const plannedLeft = new Map([...plan.plannedOfSkill].map(([s, list]) => [s, list.length]));
  const readyAt = new Array<number>(n).fill(-1);
  const readyBy = new Array<number>(n).fill(-1);
  const run: Run = { startW: new Array<number>(n).fill(0), endW: new Array<number>(n).fill(0), cause: new Array<number>(n).fill(-1) };
  const left = [...hours];
  let waiting = [...plan.planned];
  let running: number[] = [];
  let justEnded: number[] = [];
  let now = 0;

  const outranks = (a: number, b: number) => {
    const ra = (recommendedLeft[a] as number) > 0 ? 1 : 0;
    const rb = (recommendedLeft[b] as number) > 0 ? 1 : 0;
    if (ra !== rb) return ra < rb;
    const ia = items[a] as ScheduleItem;
    const ib = items[b] as ScheduleItem;
    if (ia.position !== ib.position) return ia.position < ib.position;
    if (ia.id !== ib.id) return ia.id < ib.id;
    return a < b;
  };

  const finish = (i: number) => {
    run.endW[i] = now;
    justEnded.push(i);
    const skill = (items[i] as ScheduleItem).skillId;
    const remaining = (plannedLeft.get(skill) as number) - 1;
    plannedLeft.set(skill, remaining);
    if (remaining > 0) return;
    for (const g of plan.groupsOfSkill.get(skill) ?? []) {
      if (groupDone[g]) continue;
      groupDone[g] = true;
      const dependant = plan.groupDependant[g] as number;
      blocking[dependant] = (blocking[dependant] as number) - 1;
      if (blocking[dependant] === 0) {
        readyAt[dependant] = now;
        readyBy[dependant] = i;
      }
    }
    for (const d of plan.recommendedOfSkill.get(skill) ?? []) recommendedLeft[d] = (recommendedLeft[d] as number) - 1;
  };

  while (waiting.length > 0 || running.length > 0) {
    while (running.length < parallel) {
      let best = -1;
      for (const i of waiting) {
        if (blocking[i] === 0 && (release[i] as number) <= now && (best < 0 || outranks(i, best))) best = i;
      }
      if (best < 0) break;
      waiting = waiting.filter((i) => i !== best);
      running.push(best);
      run.startW[best] = now;
      if (now > 0) {
        if (readyAt[best] === now) run.cause[best] = readyBy[best] as number;
        else if (release[best] !== now && justEnded.length > 0) run.cause[best] = justEnded[0] as number;
      }
    }
    justEnded = [];

    let nextRelease = Infinity;
    if (running.length < parallel) {
      for (const i of waiting) {
        const r = release[i] as number;
        if (blocking[i] === 0 && r > now && r < nextRelease) nextRelease = r;
      }
    }
    if (running.length === 0) {
      if (nextRelease === Infinity) return { stuck: stuckCycle(plan, waiting, blocking, groupDone) };
      now = nextRelease;
      continue;
    }

    const rate = hoursPerWeek / 7 / running.length;
    let first = running[0] as number;
    for (const i of running) if ((left[i] as number) < (left[first] as number)) first = i;
    const untilEnd = (left[first] as number) <= 0 ? 0 : (left[first] as number) / rate;
    if (nextRelease - now < untilEnd) {
      for (const i of running) left[i] = (left[i] as number) - (nextRelease - now) * rate;
      now = nextRelease;
      continue;
    }
    for (const i of running) left[i] = (left[i] as number) - untilEnd * rate;
    left[first] = 0;
    now += untilEnd;
    const still: number[] = [];
    for (const i of running) {
      if ((left[i] as number) <= EPS) finish(i);
      else still.push(i);
    }
    running = still;
  }
  return run;
}

/** Items that wait on each other through alternatives forever: follow the waits until one repeats. */
function stuckCycle(plan: Plan, waiting: number[], blocking: number[], groupDone: boolean[]): string[] {
  const waitsOn = (i: number): number => {
    const groups = plan.groupDependant.map((d, g) => (d === i && !groupDone[g] ? g : -1)).filter((g) => g >= 0);
    const member = plan.groupMembers[groups[0] as number]?.[0] as string;
    return Math.min(...(plan.plannedOfSkill.get(member) ?? []).filter((j) => waiting.includes(j)));
  };
  const path: number[] = [];
  let at = waiting.find((i) => (blocking[i] as number) > 0) as number;
  while (!path.includes(at)) {
    path.push(at);
    at = waitsOn(at);
  }
  const loop = [...path.slice(path.indexOf(at)), at].reverse();
  return loop.map((i) => (plan.items[i] as ScheduleItem).skillId);
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
  const last = Math.max(...plan.planned.map((i) => Math.max(calendar.dayOfStart(run.startW[i] as number), calendar.dayOfEnd(run.endW[i] as number))));
  return { hoursPerWeek, finish: isoOfDay(startDay + last) };
}

function goalTracks(input: ScheduleInput, items: readonly ScheduledItem[], noTimePlanned: boolean): GoalTrack[] {
  const tracks: GoalTrack[] = [];
  for (const goal of input.goals) {
    const reaching = input.items.map((item, i) => ({ item, scheduled: items[i] as ScheduledItem })).filter(({ item }) => item.skillId === goal.skillId && item.targetLevel >= goal.targetLevel);
    const level = input.skills.find((s) => s.id === goal.skillId)?.level ?? 0;
    const onRoadmap = input.items.some((item) => item.skillId === goal.skillId);
    if (onRoadmap && (level >= goal.targetLevel || reaching.some(({ item }) => item.status === 'done'))) {
      tracks.push({ goalId: goal.goalId, track: 'on-track', weeksBehind: 0, plannedEnd: null });
      continue;
    }
    const planned = reaching.filter(({ item }) => item.status === 'planned');
    if (planned.length === 0) continue;
    if (noTimePlanned) {
      tracks.push({ goalId: goal.goalId, track: 'behind', weeksBehind: 0, plannedEnd: null });
      continue;
    }
    const plannedEnd = planned.map(({ scheduled }) => scheduled.end as string).sort()[0] as string;
    const late = dayNumber(plannedEnd) - dayNumber(goal.dueDate);
    tracks.push({ goalId: goal.goalId, track: late > 0 ? 'behind' : 'on-track', weeksBehind: late > 0 ? Math.ceil(late / 7) : 0, plannedEnd });
  }
  return tracks;
}

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

/**
 * The roadmap as the simulation needs it, built once and simulated at the planned and the actual
 * pace. Skills on the roadmap are numbered (in order of first appearance) so the simulation works
 * on arrays, not maps.
 */
interface Plan {
  items: readonly ScheduleItem[];
  /** The planned items' indexes, in input order. */
  planned: number[];
  hours: number[];
  /** Per item: its rank in the user's order (position, then id). */
  order: number[];
  /** Per item: the working time its pinned start allows it to begin (0 without a pin). */
  release: number[];
  skillOf: number[];
  skillIds: string[];
  plannedOfSkill: number[][];
  /** Blocking groups (a prerequisite and its alternatives): satisfied when any member skill is finished. */
  groupDependant: number[];
  groupMembers: number[][];
  groupsOfSkill: number[][];
  /** Per item: its unsatisfied blocking groups at the start. */
  groupCount: number[];
  /** Per skill: the items it is recommended before; per item: how many such skills are planned. */
  recommendedOfSkill: number[][];
  recommendedCount: number[];
  totalHours: number;
}

interface Run {
  startW: number[];
  endW: number[];
  /** The item whose end let this one start when it did (critical chain), or -1. */
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

function userOrder(items: readonly ScheduleItem[]): number[] {
  const byOrder = items.map((_, i) => i);
  byOrder.sort((a, b) => {
    const ia = items[a] as ScheduleItem;
    const ib = items[b] as ScheduleItem;
    return ia.position - ib.position || ia.id - ib.id || a - b;
  });
  const order = new Array<number>(items.length).fill(0);
  byOrder.forEach((i, rank) => (order[i] = rank));
  return order;
}

function buildPlan(
  input: ScheduleInput,
  skills: ReadonlyMap<string, ScheduleInput['skills'][number]>,
  itemsOfSkill: ReadonlyMap<string, number[]>,
  calendar: WorkCalendar,
  startDay: number,
): { plan: Plan; readyNow: boolean[] } {
  const { items } = input;
  const skillIds = [...itemsOfSkill.keys()];
  const skillNumber = new Map(skillIds.map((id, s) => [id, s]));
  const plannedOfSkill = skillIds.map((id) => (itemsOfSkill.get(id) as number[]).filter((i) => (items[i] as ScheduleItem).status === 'planned'));
  const met = new Map<string, boolean>();
  const metNow = (skillId: string): boolean => {
    let known = met.get(skillId);
    if (known === undefined) {
      const own = itemsOfSkill.get(skillId) ?? [];
      let needed = own.length === 0 ? PROFICIENT_LEVEL : 0;
      let finished = false;
      for (const i of own) {
        const item = items[i] as ScheduleItem;
        needed = Math.max(needed, item.targetLevel);
        finished ||= item.status !== 'planned';
      }
      known = finished || (skills.get(skillId)?.level ?? 0) >= needed;
      met.set(skillId, known);
    }
    return known;
  };
  const hasPlanned = (skillId: string) => {
    const s = skillNumber.get(skillId);
    return s !== undefined && (plannedOfSkill[s] as number[]).length > 0;
  };

  const alternatives = new Map<string, string[]>();
  const prerequisites = new Map<string, string[]>();
  const recommended = new Map<string, string[]>();
  for (const edge of input.edges) {
    if (edge.from === edge.to) continue;
    if (edge.kind === 'prerequisite') addTo(prerequisites, edge.to, edge.from);
    else if (edge.kind === 'recommended') addTo(recommended, edge.to, edge.from);
    else {
      addTo(alternatives, edge.from, edge.to);
      addTo(alternatives, edge.to, edge.from);
    }
  }

  const plan: Plan = {
    items,
    planned: [],
    hours: items.map((item) => hoursToGo(item, skills.get(item.skillId))),
    order: userOrder(items),
    release: items.map((item) => (item.pinnedStart ? Math.max(0, calendar.workingAt(dayNumber(item.pinnedStart) - startDay)) : 0)),
    skillOf: items.map((item) => skillNumber.get(item.skillId) as number),
    skillIds,
    plannedOfSkill,
    groupDependant: [],
    groupMembers: [],
    groupsOfSkill: skillIds.map(() => []),
    groupCount: new Array<number>(items.length).fill(0),
    recommendedOfSkill: skillIds.map(() => []),
    recommendedCount: new Array<number>(items.length).fill(0),
    totalHours: 0,
  };
  const readyNow = new Array<boolean>(items.length).fill(false);
  items.forEach((item, i) => {
    if (item.status !== 'planned') return;
    plan.planned.push(i);
    plan.totalHours += plan.hours[i] as number;
    let ready = item.pinnedStart === null || dayNumber(item.pinnedStart) <= startDay;
    for (const prerequisite of new Set(prerequisites.get(item.skillId))) {
      const members = [prerequisite, ...(alternatives.get(prerequisite) ?? [])].filter((s) => s !== item.skillId);
      if (members.some(metNow)) continue;
      ready = false;
      const waitFor = [...new Set(members.filter(hasPlanned))].map((s) => skillNumber.get(s) as number);
      if (waitFor.length === 0) continue;
      const group = plan.groupDependant.length;
      plan.groupDependant.push(i);
      plan.groupMembers.push(waitFor);
      plan.groupCount[i] = (plan.groupCount[i] as number) + 1;
      for (const s of waitFor) (plan.groupsOfSkill[s] as number[]).push(group);
    }
    readyNow[i] = ready;
    for (const before of new Set(recommended.get(item.skillId))) {
      if (before === item.skillId || !hasPlanned(before)) continue;
      (plan.recommendedOfSkill[skillNumber.get(before) as number] as number[]).push(i);
      plan.recommendedCount[i] = (plan.recommendedCount[i] as number) + 1;
    }
  });
  return { plan, readyNow };
}

/**
 * Runs the list scheduler in working time (days with the days off taken out). Each step advances
 * to the next event (an item finishing, or a pinned start while a slot is free), so the number of
 * steps is bounded by the items, whatever the hours per week.
 */
function simulate(plan: Plan, hoursPerWeek: number, parallel: number): Run | { stuck: string[] } {
  const { items, hours, release, skillOf } = plan;
  const n = items.length;
  const blocking = plan.groupCount.slice();
  const recommendedLeft = plan.recommendedCount.slice();
  const groupDone = new Array<boolean>(plan.groupDependant.length).fill(false);
  const plannedLeft = plan.plannedOfSkill.map((list) => list.length);
  const readyAt = new Array<number>(n).fill(-1);
  const readyBy = new Array<number>(n).fill(-1);
  const started = new Array<boolean>(n).fill(false);
  const run: Run = { startW: new Array<number>(n).fill(0), endW: new Array<number>(n).fill(0), cause: new Array<number>(n).fill(-1) };
  const left = hours.slice();
  /** Not started, every blocking prerequisite finished (a pinned start may still hold them back). */
  const pool = plan.planned.filter((i) => blocking[i] === 0);
  let unstarted = plan.planned.length;
  let running: number[] = [];
  let justEnded: number[] = [];
  let now = 0;

  const outranks = (a: number, b: number) => {
    const ra = (recommendedLeft[a] as number) > 0;
    const rb = (recommendedLeft[b] as number) > 0;
    return ra !== rb ? rb : (plan.order[a] as number) < (plan.order[b] as number);
  };

  const finish = (i: number) => {
    run.endW[i] = now;
    justEnded.push(i);
    const s = skillOf[i] as number;
    plannedLeft[s] = (plannedLeft[s] as number) - 1;
    if (plannedLeft[s] !== 0) return;
    for (const g of plan.groupsOfSkill[s] as number[]) {
      if (groupDone[g]) continue;
      groupDone[g] = true;
      const dependant = plan.groupDependant[g] as number;
      blocking[dependant] = (blocking[dependant] as number) - 1;
      if (blocking[dependant] === 0) {
        readyAt[dependant] = now;
        readyBy[dependant] = i;
        pool.push(dependant);
      }
    }
    for (const d of plan.recommendedOfSkill[s] as number[]) recommendedLeft[d] = (recommendedLeft[d] as number) - 1;
  };

  while (unstarted > 0 || running.length > 0) {
    while (running.length < parallel) {
      let best = -1;
      for (let k = 0; k < pool.length; k++) {
        const i = pool[k] as number;
        if ((release[i] as number) <= now && (best < 0 || outranks(i, pool[best] as number))) best = k;
      }
      if (best < 0) break;
      const i = pool[best] as number;
      pool[best] = pool[pool.length - 1] as number;
      pool.pop();
      unstarted--;
      started[i] = true;
      running.push(i);
      run.startW[i] = now;
      if (now > 0) {
        if (readyAt[i] === now) run.cause[i] = readyBy[i] as number;
        else if (release[i] !== now && justEnded.length > 0) run.cause[i] = justEnded[0] as number;
      }
    }
    justEnded = [];

    let nextRelease = Infinity;
    if (running.length < parallel) {
      for (const i of pool) {
        const r = release[i] as number;
        if (r > now && r < nextRelease) nextRelease = r;
      }
    }
    if (running.length === 0) {
      if (nextRelease === Infinity) return { stuck: stuckCycle(plan, started, groupDone) };
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
function stuckCycle(plan: Plan, started: boolean[], groupDone: boolean[]): string[] {
  const waitsOn = (i: number): number => {
    const group = plan.groupDependant.findIndex((d, g) => d === i && !groupDone[g]);
    const member = (plan.groupMembers[group] as number[])[0] as number;
    return (plan.plannedOfSkill[member] as number[]).find((j) => !started[j]) as number;
  };
  const path: number[] = [];
  let at = plan.planned.find((i) => !started[i]) as number;
  while (!path.includes(at)) {
    path.push(at);
    at = waitsOn(at);
  }
  // The walk goes from dependant to prerequisite; a cycle reads prerequisite first.
  const loop = [...path.slice(path.indexOf(at)), at].reverse();
  return loop.map((i) => plan.skillIds[plan.skillOf[i] as number] as string);
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

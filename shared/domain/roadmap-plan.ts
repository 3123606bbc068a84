// The roadmap prepared for the scheduler's simulation: hours per item, pinned starts in working
// time, and the blocking groups (a prerequisite with its alternatives) and recommended links
// resolved to item and skill numbers. The rules themselves are documented in roadmap-schedule.ts.

import { dayNumber, type WorkCalendar } from './roadmap-calendar';
import type { ScheduleInput, ScheduleItem } from './roadmap-schedule-types';
import { PROFICIENT_LEVEL, remainingHours } from './skills';

/**
 * The roadmap as the simulation needs it, built once and simulated at the planned and the actual
 * pace. Skills on the roadmap are numbered (in order of first appearance) so the simulation works
 * on arrays, not maps.
 */
export interface Plan {
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

export const addTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
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

export function buildPlan(
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


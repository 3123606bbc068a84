// Builders for roadmap scheduler inputs: terse items and skills for hand-worked cases, and a
// seeded generated DAG (the benchmark's 300 items / 600 edges).
import type { ScheduleInput, ScheduleItem, ScheduleSkill } from '@shared/domain/roadmap-schedule-types';
import type { SkillEdge } from '@shared/domain/skills';

export const item = (id: number, skillId: string, over: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id,
  skillId,
  targetLevel: 3,
  position: id,
  hoursOverride: null,
  pinnedStart: null,
  status: 'planned',
  ...over,
});

/** A skill at level 0 whose estimate to proficient is `hours` (so a target-3 item needs exactly that). */
export const skill = (id: string, hours: number, over: Partial<ScheduleSkill> = {}): ScheduleSkill => ({
  id,
  name: id.toUpperCase(),
  estimatedHours: hours,
  level: 0,
  hoursLogged: 0,
  ...over,
});

export const prereq = (from: string, to: string): SkillEdge => ({ from, to, kind: 'prerequisite' });

export const input = (over: Partial<ScheduleInput>): ScheduleInput => ({
  items: [],
  skills: [],
  edges: [],
  hoursPerWeek: 7,
  startDate: '2026-01-05',
  weeksOff: [],
  parallel: 1,
  goals: [],
  recentWeeklyHours: [],
  ...over,
});

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a generated roadmap is the same every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A roadmap of `items` skills joined by `edges` distinct edges, all from a lower to a higher
 * index (so the prerequisites form a DAG): mostly prerequisites, some recommended and alternative
 * (or prerequisites only).
 */
export function generatedRoadmap(items: number, edges: number, { seed = 9, onlyPrerequisites = false } = {}): ScheduleInput {
  const random = seeded(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const ids = Array.from({ length: items }, (_, i) => `s${i}`);
  const seen = new Set<string>();
  const list: SkillEdge[] = [];
  while (list.length < edges) {
    const a = pick(items);
    const b = pick(items);
    if (a === b) continue;
    const [from, to] = a < b ? [ids[a] as string, ids[b] as string] : [ids[b] as string, ids[a] as string];
    const r = random();
    const kind = onlyPrerequisites || r < 0.8 ? 'prerequisite' : r < 0.93 ? 'recommended' : 'alternative';
    const key = `${from}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ from, to, kind });
  }
  return input({
    items: ids.map((id, i) =>
      item(i + 1, id, {
        position: pick(items),
        targetLevel: 1 + pick(5),
        pinnedStart: random() < 0.05 ? `2026-0${1 + pick(9)}-1${pick(10)}` : null,
        hoursOverride: random() < 0.1 ? pick(40) : null,
      }),
    ),
    skills: ids.map((id) => skill(id, 5 + pick(150), { level: pick(3), hoursLogged: random() < 0.3 ? pick(30) : 0 })),
    edges: list,
    hoursPerWeek: 10,
    parallel: 2,
    weeksOff: [
      { start: '2026-07-27', end: '2026-08-16' },
      { start: '2026-12-20', end: '2027-01-03' },
    ],
    goals: ids.filter((_, i) => i % 10 === 0).map((id, g) => ({ goalId: g + 1, skillId: id, targetLevel: 2, dueDate: '2027-06-30' })),
    recentWeeklyHours: [6, 8, 0, 12],
  });
}

// Properties of the roadmap scheduler over generated roadmaps (fast-check).
import { addDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate, toIso } from '@shared/domain/dates';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { ScheduleInput, ScheduleItem, ScheduleResult, WeekOff } from '@shared/domain/roadmap-schedule-types';
import { PROFICIENT_LEVEL, remainingHours, type EdgeKind, type SkillEdge } from '@shared/domain/skills';
import { input, item, skill } from '../../support/roadmap-input';

const RUNS = { numRuns: 150 };
const day = (base: string, n: number) => toIso(addDays(toDate(base), n));
type Ok = Extract<ScheduleResult, { ok: true }>;

/**
 * Up to 10 roadmap skills (s0…) plus two off the roadmap. Prerequisites only point from a lower to
 * a higher index (a DAG); recommended and alternative edges go anywhere.
 */
const roadmaps = fc.integer({ min: 1, max: 10 }).chain((n) => {
  const all = n + 2;
  const edge = fc.record({ a: fc.nat(all - 1), b: fc.nat(all - 1), kind: fc.constantFrom<EdgeKind>('prerequisite', 'prerequisite', 'prerequisite', 'recommended', 'alternative') });
  return fc.record({
    items: fc.array(
      fc.record({
        targetLevel: fc.integer({ min: 1, max: 5 }),
        position: fc.nat(12),
        override: fc.option(fc.integer({ min: 0, max: 400 }).map((h) => h / 10), { freq: 4 }),
        pin: fc.option(fc.nat(90), { freq: 3 }),
        status: fc.constantFrom<ScheduleItem['status']>('planned', 'planned', 'planned', 'planned', 'done', 'skipped'),
      }),
      { minLength: n, maxLength: n },
    ),
    skills: fc.array(fc.record({ hours: fc.integer({ min: 1, max: 80 }), level: fc.nat(5), logged: fc.oneof(fc.constant(0), fc.nat(30)) }), { minLength: all, maxLength: all }),
    edges: fc.array(edge, { maxLength: 2 * n }),
    hoursPerWeek: fc.integer({ min: 10, max: 400 }).map((h) => h / 10),
    parallel: fc.integer({ min: 1, max: 3 }),
    start: fc.nat(1500),
    weeksOff: fc.array(fc.record({ from: fc.nat(300), length: fc.integer({ min: 1, max: 21 }) }), { maxLength: 3 }),
  }).map((g): ScheduleInput => {
    const startDate = day('2024-01-01', g.start);
    const edges: SkillEdge[] = [];
    for (const { a, b, kind } of g.edges) {
      if (a === b) continue;
      const [from, to] = kind === 'prerequisite' && a > b ? [b, a] : [a, b];
      edges.push({ from: `s${from}`, to: `s${to}`, kind });
    }
    return input({
      items: g.items.map((it, i) =>
        item(i + 1, `s${i}`, {
          targetLevel: it.targetLevel,
          position: it.position,
          hoursOverride: it.override,
          pinnedStart: it.pin === null ? null : day(startDate, it.pin - 10),
          status: it.status,
        }),
      ),
      skills: g.skills.map((s, i) => skill(`s${i}`, s.hours, { level: s.level, hoursLogged: s.logged })),
      edges,
      hoursPerWeek: g.hoursPerWeek,
      parallel: g.parallel,
      startDate,
      weeksOff: g.weeksOff.map((w) => ({ start: day(startDate, w.from - 20), end: day(startDate, w.from - 20 + w.length - 1) })),
    });
  });
});

/**
 * The generator may build a wait that can never end through an alternative (D needs P or its
 * alternative A, and A needs D); those inputs are reported, not scheduled, and skipped here.
 */
function scheduled(inp: ScheduleInput): Ok {
  const r = scheduleRoadmap(inp);
  fc.pre(r.ok);
  return r as Ok;
}

const isOff = (date: string, weeksOff: readonly WeekOff[]) => weeksOff.some((w) => w.start <= date && date <= w.end);

/** Hours the calendar offers from `from` to `to`, both included (days off give none). */
function capacity(inp: ScheduleInput, from: string, to: string): number {
  let total = 0;
  for (let d = from; d <= to; d = day(d, 1)) if (d >= inp.startDate && !isOff(d, inp.weeksOff)) total += inp.hoursPerWeek / 7;
  return total;
}

/** The rule restated: the level a prerequisite must be at, and whether it is met now. */
function metNow(inp: ScheduleInput, skillId: string): boolean {
  const own = inp.items.filter((i) => i.skillId === skillId);
  if (own.some((i) => i.status !== 'planned')) return true;
  const needed = own.length > 0 ? Math.max(...own.map((i) => i.targetLevel)) : PROFICIENT_LEVEL;
  return (inp.skills.find((s) => s.id === skillId)?.level ?? 0) >= needed;
}

const finishDay = (r: Ok) => r.finish ?? '0000-00-00';

describe('roadmap schedule properties', () => {
  it('a prerequisite (or one of its alternatives) on the roadmap ends on or before the day its dependant starts, unless met', () => {
    fc.assert(
      fc.property(roadmaps, (inp) => {
        const r = scheduled(inp);
        const byItem = new Map(r.items.map((s) => [s.itemId, s]));
        const alternativesOf = (s: string) => inp.edges.filter((e) => e.kind === 'alternative' && (e.from === s || e.to === s)).map((e) => (e.from === s ? e.to : e.from));
        for (const dependant of inp.items.filter((i) => i.status === 'planned')) {
          const start = byItem.get(dependant.id)?.start as string;
          for (const edge of inp.edges.filter((e) => e.kind === 'prerequisite' && e.to === dependant.skillId)) {
            const members = [edge.from, ...alternativesOf(edge.from)].filter((s) => s !== dependant.skillId);
            if (members.some((m) => metNow(inp, m))) continue;
            const onRoadmap = members.filter((m) => inp.items.some((i) => i.skillId === m));
            if (onRoadmap.length === 0) continue;
            expect(byItem.get(dependant.id)?.readyNow).toBe(false);
            const finishedFirst = onRoadmap.some((m) => inp.items.filter((i) => i.skillId === m).every((i) => (byItem.get(i.id)?.end as string) <= start));
            expect(finishedFirst, `${dependant.skillId} starts ${start} before ${members.join('/')} ends`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('schedules exactly the hours still to go: each item within its dates, the whole within the calendar', () => {
    fc.assert(
      fc.property(roadmaps, (inp) => {
        const r = scheduled(inp);
        let total = 0;
        inp.items.forEach((it, i) => {
          const s = inp.skills.find((k) => k.id === it.skillId);
          const expected =
            it.status !== 'planned' ? 0 : (it.hoursOverride ?? Math.max(0, remainingHours(s?.estimatedHours ?? 0, s?.level ?? 0, it.targetLevel) - (s?.hoursLogged ?? 0)));
          const out = r.items[i] as Ok['items'][number];
          expect(out.hours).toBeCloseTo(expected, 9);
          total += expected;
          if (it.status !== 'planned' || out.hours === 0) return;
          const start = out.start as string;
          const end = out.end as string;
          // Never more than all of the calendar's hours on its days, never less than its share on the days between.
          expect(capacity(inp, start, end)).toBeGreaterThanOrEqual(out.hours - 1e-6);
          expect(capacity(inp, day(start, 1), day(end, -1)) / inp.parallel).toBeLessThanOrEqual(out.hours + 1e-6);
        });
        if (total === 0) {
          expect(r.finish).toBeNull();
          return;
        }
        const finish = r.finish as string;
        expect(capacity(inp, inp.startDate, finish)).toBeGreaterThanOrEqual(total - 1e-6);
        // Without pinned starts nothing ever waits, so the day before the finish cannot have sufficed.
        if (inp.items.every((i) => i.pinnedStart === null)) expect(capacity(inp, inp.startDate, day(finish, -1))).toBeLessThan(total + 1e-6);
      }),
      { numRuns: 80 },
    );
  });

  it('more hours per week never finishes later', () => {
    fc.assert(
      fc.property(roadmaps, fc.integer({ min: 0, max: 300 }), (inp, extra) => {
        const slow = scheduled(inp);
        const fast = scheduled({ ...inp, hoursPerWeek: inp.hoursPerWeek + extra / 10 });
        expect(finishDay(fast) <= finishDay(slow)).toBe(true);
      }),
      RUNS,
    );
  });

  it('weeks off never finish earlier', () => {
    fc.assert(
      fc.property(roadmaps, fc.nat(200), fc.integer({ min: 1, max: 30 }), (inp, from, length) => {
        const before = scheduled(inp);
        const start = day(inp.startDate, from - 5);
        const after = scheduled({ ...inp, weeksOff: [...inp.weeksOff, { start, end: day(start, length - 1) }] });
        expect(finishDay(after) >= finishDay(before)).toBe(true);
      }),
      RUNS,
    );
  });

  it('pinned starts are respected, and no planned item starts before the start date or on a day off', () => {
    fc.assert(
      fc.property(roadmaps, (inp) => {
        const r = scheduled(inp);
        inp.items.forEach((it, i) => {
          const out = r.items[i] as Ok['items'][number];
          if (it.status !== 'planned') {
            expect([out.start, out.end]).toEqual([null, null]);
            return;
          }
          const start = out.start as string;
          if (it.pinnedStart) expect(start >= it.pinnedStart).toBe(true);
          expect(start >= inp.startDate && start <= (out.end as string)).toBe(true);
          if (out.hours > 0) expect(isOff(start, inp.weeksOff) || isOff(out.end as string, inp.weeksOff)).toBe(false);
        });
      }),
      RUNS,
    );
  });

  it('a prerequisite cycle among roadmap skills is always reported by name, and never loops', () => {
    fc.assert(
      fc.property(roadmaps, fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), (inp, picks) => {
        const ids = [...new Set(picks.map((p) => (inp.items[p % inp.items.length] as ScheduleItem).skillId))];
        fc.pre(ids.length >= 2);
        const loop: SkillEdge[] = ids.map((id, k) => ({ from: id, to: ids[(k + 1) % ids.length] as string, kind: 'prerequisite' }));
        const r = scheduleRoadmap({ ...inp, edges: [...inp.edges, ...loop] });
        if (r.ok) throw new Error('cycle not reported');
        const cycleIds = r.cycle.map((name) => name.toLowerCase());
        expect(cycleIds[0]).toBe(cycleIds.at(-1));
        expect(cycleIds.length).toBeGreaterThanOrEqual(3);
        for (let k = 0; k + 1 < cycleIds.length; k++) {
          const [from, to] = [cycleIds[k], cycleIds[k + 1]];
          expect([...inp.edges, ...loop].some((e) => e.kind === 'prerequisite' && e.from === from && e.to === to)).toBe(true);
          expect(inp.items.some((i) => i.skillId === from)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the same input gives the same output, whatever the order of the items and edges', () => {
    fc.assert(
      fc.property(roadmaps, fc.nat(), (inp, seed) => {
        const r = scheduled(inp);
        expect(scheduleRoadmap(inp)).toEqual(r);
        const rotate = <T>(xs: readonly T[]) => (xs.length === 0 ? [...xs] : [...xs.slice(seed % xs.length), ...xs.slice(0, seed % xs.length)].reverse());
        const shuffled = scheduleRoadmap({ ...inp, items: rotate(inp.items), edges: rotate(inp.edges) });
        if (!shuffled.ok) throw new Error('shuffled input reported a cycle');
        const key = (x: Ok) => [...x.items].sort((a, b) => a.itemId - b.itemId);
        expect(key(shuffled)).toEqual(key(r));
        expect(shuffled.finish).toBe(r.finish);
      }),
      RUNS,
    );
  });

  it('0 hours per week never hangs: "no time planned" with null dates when work is left', () => {
    fc.assert(
      fc.property(roadmaps, (inp) => {
        const r = scheduled({ ...inp, hoursPerWeek: 0 });
        const left = r.items.some((i) => i.hours > 0);
        expect(r.noTimePlanned).toBe(left);
        expect(r.finish).toBeNull();
        if (left) expect(r.items.every((i) => i.start === null && i.end === null && !i.critical)).toBe(true);
      }),
      RUNS,
    );
  });

  it('finish and dates are real calendar dates', () => {
    fc.assert(
      fc.property(roadmaps, (inp) => {
        const r = scheduled(inp);
        for (const d of [r.finish, ...r.items.flatMap((i) => [i.start, i.end])]) {
          if (d !== null) expect(differenceInCalendarDays(toDate(d), toDate(inp.startDate))).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});

// Hand-worked schedules: every date below was counted on a calendar, not produced by the code.
import { describe, expect, it } from 'vitest';
import { actualWeeklyHours, scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { ScheduleInput, ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { input, item, prereq, skill } from '../../support/roadmap-input';

function ok(inp: ScheduleInput) {
  const result = scheduleRoadmap(inp);
  if (!result.ok) throw new Error(`unexpected cycle ${result.cycle.join(' → ')}`);
  return result;
}

/** skillId → [start, end] */
const dates = (items: readonly ScheduledItem[]) => Object.fromEntries(items.map((i) => [i.skillId, [i.start, i.end]]));
const byId = (items: readonly ScheduledItem[], skillId: string) => items.find((i) => i.skillId === skillId) as ScheduledItem;

describe('roadmap schedule: dates', () => {
  it('runs a prerequisite chain at 1 h a day', () => {
    // 7 h/week = 1 h/day. A: 30 h from Mon 5 Jan → 30 days → 3 Feb. B: 14 h → 4–17 Feb.
    const r = ok(input({ items: [item(1, 'a'), item(2, 'b')], skills: [skill('a', 30), skill('b', 14)], edges: [prereq('a', 'b')] }));
    expect(dates(r.items)).toEqual({ a: ['2026-01-05', '2026-02-03'], b: ['2026-02-04', '2026-02-17'] });
    expect(r.finish).toBe('2026-02-17');
    expect(r.items.map((i) => [i.readyNow, i.critical])).toEqual([[true, true], [false, true]]);
  });

  it('skips weeks off across a year end (20 Dec – 3 Jan)', () => {
    const weeksOff = [{ start: '2026-12-20', end: '2027-01-03' }];
    const base = { items: [item(1, 'a'), item(2, 'b')], skills: [skill('a', 14), skill('b', 3)], edges: [prereq('a', 'b')], startDate: '2026-12-14' };
    // Without the break: A 14 days (14–27 Dec), B 28–30 Dec.
    expect(dates(ok(input(base)).items)).toEqual({ a: ['2026-12-14', '2026-12-27'], b: ['2026-12-28', '2026-12-30'] });
    // With it: A gets 6 h (14–19 Dec), nothing for 15 days, 8 h more on 4–11 Jan; B 12–14 Jan.
    const r = ok(input({ ...base, weeksOff }));
    expect(dates(r.items)).toEqual({ a: ['2026-12-14', '2027-01-11'], b: ['2027-01-12', '2027-01-14'] });
    expect(r.finish).toBe('2027-01-14');
    // Starting inside the break, or pinned inside it, the first day with hours is 4 Jan.
    expect(dates(ok(input({ ...base, weeksOff, startDate: '2026-12-22' })).items).a).toEqual(['2027-01-04', '2027-01-17']);
    const pinned = ok(input({ ...base, weeksOff, items: [item(1, 'a', { pinnedStart: '2026-12-25' })] }));
    expect(dates(pinned.items).a).toEqual(['2027-01-04', '2027-01-17']);
  });

  for (const tz of ['America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'UTC']) {
    it(`counts calendar days across the DST changes of March 2026 (TZ=${tz})`, () => {
      const saved = process.env.TZ;
      process.env.TZ = tz;
      try {
        // 14 h/week = 2 h/day from Thu 5 Mar; the US clocks change on Sun 8 Mar, the EU ones on Sun 29 Mar.
        // A 9 h: 5–8 Mar (8 h) and 1 h on 9 Mar. B 3 h takes the other hour of 9 Mar and 2 h on 10 Mar.
        // C 28 h: 11–22 Mar (24 h), a week off 23–29 Mar, then 30–31 Mar (4 h).
        const r = ok(
          input({
            items: [item(1, 'a'), item(2, 'b'), item(3, 'c')],
            skills: [skill('a', 9), skill('b', 3), skill('c', 28)],
            edges: [prereq('a', 'b'), prereq('b', 'c')],
            hoursPerWeek: 14,
            startDate: '2026-03-05',
            weeksOff: [{ start: '2026-03-23', end: '2026-03-29' }],
          }),
        );
        expect(dates(r.items)).toEqual({ a: ['2026-03-05', '2026-03-09'], b: ['2026-03-09', '2026-03-10'], c: ['2026-03-11', '2026-03-31'] });
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  }

  it('splits the week between parallel items and gives the freed share to the rest', () => {
    // 14 h/week, 2 at once: A (7 h) and B (21 h) get 1 h/day for 7 days (5–11 Jan); then B alone 2 h/day for its last 14 h (12–18 Jan).
    const r = ok(input({ items: [item(1, 'a'), item(2, 'b')], skills: [skill('a', 7), skill('b', 21)], hoursPerWeek: 14, parallel: 2 }));
    expect(dates(r.items)).toEqual({ a: ['2026-01-05', '2026-01-11'], b: ['2026-01-05', '2026-01-18'] });
    expect(r.items.map((i) => i.critical)).toEqual([false, true]);
  });

  it('follows the critical chain through the prerequisite that finished last', () => {
    // A (7 h) → C (7 h); B (3 h) beside A. A and B 1 h/day 5–7 Jan; A alone 2 h/day 8–9 Jan; C 3.5 days 10–13 Jan.
    const r = ok(
      input({
        items: [item(1, 'a'), item(2, 'b'), item(3, 'c')],
        skills: [skill('a', 7), skill('b', 3), skill('c', 7)],
        edges: [prereq('a', 'c')],
        hoursPerWeek: 14,
        parallel: 2,
      }),
    );
    expect(dates(r.items)).toEqual({ a: ['2026-01-05', '2026-01-09'], b: ['2026-01-05', '2026-01-07'], c: ['2026-01-10', '2026-01-13'] });
    expect(r.items.map((i) => i.critical)).toEqual([true, false, true]);
  });

  it('respects a pinned start and lets later items use the time before it', () => {
    // A (first in order) may not start before 12 Jan; B runs 5–7 Jan, nothing 8–11 Jan, A 12–14 Jan.
    const r = ok(input({ items: [item(1, 'a', { pinnedStart: '2026-01-12' }), item(2, 'b')], skills: [skill('a', 3), skill('b', 3)] }));
    expect(dates(r.items)).toEqual({ a: ['2026-01-12', '2026-01-14'], b: ['2026-01-05', '2026-01-07'] });
    expect(r.items.map((i) => [i.readyNow, i.critical])).toEqual([[false, true], [true, false]]);
  });

  it('with one slot, every item on the way to the finish is critical', () => {
    const r = ok(input({ items: [item(1, 'a'), item(2, 'b'), item(3, 'c')], skills: [skill('a', 3), skill('b', 3), skill('c', 3)] }));
    expect(r.items.map((i) => i.critical)).toEqual([true, true, true]);
    expect(r.finish).toBe('2026-01-13');
  });
});

describe('roadmap schedule: what edges mean', () => {
  it('a prerequisite at the level its roadmap item aims for does not block', () => {
    // P aims for level 2 and is at 2: D (first in order) is ready now and starts at once.
    const met = ok(input({ items: [item(1, 'd'), item(2, 'p', { targetLevel: 2 })], skills: [skill('d', 3), skill('p', 30, { level: 2 })], edges: [prereq('p', 'd')] }));
    expect(byId(met.items, 'd')).toMatchObject({ readyNow: true, start: '2026-01-05' });
    // P aims for 4 and is at 3 (proficient, but below its item's target): D waits for P's 10 h.
    const unmet = ok(input({ items: [item(1, 'd'), item(2, 'p', { targetLevel: 4 })], skills: [skill('d', 3), skill('p', 30, { level: 3 })], edges: [prereq('p', 'd')] }));
    expect(dates(unmet.items)).toEqual({ p: ['2026-01-05', '2026-01-14'], d: ['2026-01-15', '2026-01-17'] });
    expect(byId(unmet.items, 'd').readyNow).toBe(false);
  });

  it('a prerequisite off the roadmap never blocks, but keeps the dependant from "ready now" below proficient', () => {
    const below = ok(input({ items: [item(1, 'd')], skills: [skill('d', 3), skill('p', 30, { level: 2 })], edges: [prereq('p', 'd')] }));
    expect(below.items[0]).toMatchObject({ readyNow: false, start: '2026-01-05', end: '2026-01-07' });
    const proficient = ok(input({ items: [item(1, 'd')], skills: [skill('d', 3), skill('p', 30, { level: 3 })], edges: [prereq('p', 'd')] }));
    expect(proficient.items[0]?.readyNow).toBe(true);
  });

  it('done and skipped items take no time, get no dates and satisfy their dependants', () => {
    for (const status of ['done', 'skipped'] as const) {
      const r = ok(input({ items: [item(1, 'p', { status }), item(2, 'd')], skills: [skill('p', 30), skill('d', 3)], edges: [prereq('p', 'd')] }));
      expect(r.items[0]).toMatchObject({ hours: 0, start: null, end: null, readyNow: false, critical: false });
      expect(r.items[1]).toMatchObject({ readyNow: true, start: '2026-01-05', end: '2026-01-07' });
    }
  });

  it('an alternative satisfies a prerequisite that names the other skill', () => {
    const alt = { from: 'q', to: 'p', kind: 'alternative' as const };
    // P is off the roadmap, its alternative Q is on it: D waits for Q.
    const viaQ = ok(input({ items: [item(1, 'd'), item(2, 'q')], skills: [skill('d', 3), skill('p', 30), skill('q', 7)], edges: [prereq('p', 'd'), alt] }));
    expect(dates(viaQ.items)).toEqual({ q: ['2026-01-05', '2026-01-11'], d: ['2026-01-12', '2026-01-14'] });
    // Q is already proficient (and off the roadmap): D is ready now.
    const metByQ = ok(input({ items: [item(1, 'd')], skills: [skill('d', 3), skill('p', 30), skill('q', 7, { level: 3 })], edges: [prereq('p', 'd'), alt] }));
    expect(metByQ.items[0]?.readyNow).toBe(true);
    // Both on the roadmap, two at a time at 1 h/day each: Q (7 h) ends 11 Jan, before P (14 h), and D starts 12 Jan.
    const both = ok(
      input({
        items: [item(1, 'd'), item(2, 'p'), item(3, 'q')],
        skills: [skill('d', 3), skill('p', 14), skill('q', 7)],
        edges: [prereq('p', 'd'), alt],
        hoursPerWeek: 14,
        parallel: 2,
      }),
    );
    expect(byId(both.items, 'q').end).toBe('2026-01-11');
    expect(byId(both.items, 'd').start).toBe('2026-01-12');
  });

  it('recommended order breaks ties but never blocks', () => {
    const rec = { from: 'y', to: 'x', kind: 'recommended' as const };
    const r = ok(input({ items: [item(1, 'x'), item(2, 'y')], skills: [skill('x', 3), skill('y', 3)], edges: [rec] }));
    expect(dates(r.items)).toEqual({ y: ['2026-01-05', '2026-01-07'], x: ['2026-01-08', '2026-01-10'] });
    expect(r.items.every((i) => i.readyNow)).toBe(true);
    // Y cannot start before February: X does not wait for it.
    const later = ok(input({ items: [item(1, 'x'), item(2, 'y', { pinnedStart: '2026-02-01' })], skills: [skill('x', 3), skill('y', 3)], edges: [rec] }));
    expect(dates(later.items)).toEqual({ x: ['2026-01-05', '2026-01-07'], y: ['2026-02-01', '2026-02-03'] });
  });
});

describe('roadmap schedule: hours, cycles, no time, goals, pace', () => {
  it('hours to go come from the estimate for the levels left, minus hours logged, or the override', () => {
    // 30 h to proficient: level 1 → 3 is 20 h.
    const hours = (over: Parameters<typeof skill>[2], itemOver: Parameters<typeof item>[2] = {}) =>
      ok(input({ items: [item(1, 'a', itemOver)], skills: [skill('a', 30, over)] })).items[0]?.hours;
    expect(hours({ level: 1 })).toBe(20);
    expect(hours({ level: 1, hoursLogged: 5 })).toBe(15);
    expect(hours({ level: 1, hoursLogged: 100 })).toBe(0);
    expect(hours({ level: 1 }, { targetLevel: 5 })).toBe(40);
    expect(hours({ level: 1, hoursLogged: 5 }, { hoursOverride: 4 })).toBe(4);
    expect(hours({ level: 4 })).toBe(0);
  });

  it('reports a prerequisite cycle among roadmap skills by name, and ignores one through a skill off the roadmap', () => {
    const skills = [skill('a', 3), skill('b', 3), skill('c', 3)];
    const edges = [prereq('a', 'b'), prereq('b', 'c'), prereq('c', 'a')];
    expect(scheduleRoadmap(input({ items: [item(1, 'a'), item(2, 'b'), item(3, 'c')], skills, edges }))).toEqual({ ok: false, cycle: ['A', 'B', 'C', 'A'] });
    expect(scheduleRoadmap(input({ items: [item(1, 'a'), item(2, 'c')], skills, edges })).ok).toBe(true);
  });

  it('reports a wait that can never end through an alternative', () => {
    // D needs P (off the roadmap) or its alternative A; A needs D.
    const r = scheduleRoadmap(
      input({
        items: [item(1, 'd'), item(2, 'a')],
        skills: [skill('d', 3), skill('a', 3), skill('p', 3)],
        edges: [prereq('p', 'd'), { from: 'p', to: 'a', kind: 'alternative' }, prereq('d', 'a')],
      }),
    );
    expect(r).toEqual({ ok: false, cycle: ['D', 'A', 'D'] });
    // With no time planned the wait is still reported, not hidden behind "no time planned".
    const idle = scheduleRoadmap(
      input({
        items: [item(1, 'd'), item(2, 'a')],
        skills: [skill('d', 3), skill('a', 3), skill('p', 3)],
        edges: [prereq('p', 'd'), { from: 'p', to: 'a', kind: 'alternative' }, prereq('d', 'a')],
        hoursPerWeek: 0,
      }),
    );
    expect(idle).toEqual({ ok: false, cycle: ['D', 'A', 'D'] });
  });

  it('0 hours a week with work left is "no time planned": null dates, and the actual pace still gives a finish', () => {
    const base = { items: [item(1, 'a'), item(2, 'b')], skills: [skill('a', 30), skill('b', 14)], edges: [prereq('a', 'b')] };
    const r = ok(input({ ...base, hoursPerWeek: 0, recentWeeklyHours: [7, 7, 7, 7], goals: [{ goalId: 5, skillId: 'b', targetLevel: 3, dueDate: '2026-03-01' }] }));
    expect(r.noTimePlanned).toBe(true);
    expect(r.finish).toBeNull();
    expect(r.items.map((i) => [i.start, i.end, i.critical])).toEqual([[null, null, false], [null, null, false]]);
    expect(r.goals).toEqual([{ goalId: 5, track: 'behind', weeksBehind: 0, plannedEnd: null }]);
    expect(r.actualPace).toEqual({ hoursPerWeek: 7, finish: '2026-02-17' });
    // Nothing left to do is not "no time planned".
    const nothing = ok(input({ ...base, items: [item(1, 'a', { status: 'done' })], hoursPerWeek: 0 }));
    expect([nothing.noTimePlanned, nothing.finish]).toEqual([false, null]);
  });

  it('tracks goals against the planned end of the item that reaches their level', () => {
    const goal = (goalId: number, skillId: string, targetLevel: number, dueDate: string) => ({ goalId, skillId, targetLevel, dueDate });
    const r = ok(
      input({
        items: [item(1, 'a'), item(2, 'b')],
        skills: [skill('a', 30), skill('b', 14), skill('c', 5, { level: 4 })],
        edges: [prereq('a', 'b')],
        goals: [
          goal(1, 'b', 3, '2026-02-17'), // B ends 17 Feb: on track
          goal(2, 'b', 3, '2026-02-10'), // 7 days late: 1 week
          goal(3, 'b', 2, '2026-02-09'), // 8 days late: 2 weeks
          goal(4, 'b', 4, '2026-12-31'), // the roadmap stops at level 3: left out
          goal(5, 'c', 3, '2026-01-01'), // not on the roadmap: left out
          goal(6, 'a', 0, '2026-01-01'), // already there
        ],
      }),
    );
    expect(r.goals).toEqual([
      { goalId: 1, track: 'on-track', weeksBehind: 0, plannedEnd: '2026-02-17' },
      { goalId: 2, track: 'behind', weeksBehind: 1, plannedEnd: '2026-02-17' },
      { goalId: 3, track: 'behind', weeksBehind: 2, plannedEnd: '2026-02-17' },
      { goalId: 6, track: 'on-track', weeksBehind: 0, plannedEnd: null },
    ]);
  });

  it('actual pace: the mean of the last four weeks, none with too little history', () => {
    expect(actualWeeklyHours([])).toBeNull();
    expect(actualWeeklyHours([7, 7, 7])).toBeNull();
    expect(actualWeeklyHours([0, 0, 0, 0])).toBeNull();
    expect(actualWeeklyHours([100, 0, 7, 7, 14])).toBe(7);
    // Half the planned pace: 44 h at 3.5 h/week. A 30 h ends on day 60 (5 Mar), B 14 h on day 88 (2 Apr).
    const r = ok(input({ items: [item(1, 'a'), item(2, 'b')], skills: [skill('a', 30), skill('b', 14)], edges: [prereq('a', 'b')], recentWeeklyHours: [0, 7, 7, 0] }));
    expect(r.actualPace).toEqual({ hoursPerWeek: 3.5, finish: '2026-04-02' });
    expect(r.finish).toBe('2026-02-17');
  });
});

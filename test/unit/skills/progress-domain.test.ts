import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIsoDate } from '@shared/domain/dates';
import {
  categoryLevels,
  effectiveEvents,
  heatmapDays,
  levelHistory,
  minutesByDate,
  streak,
  weeklyMinutes,
  type EventKind,
} from '@shared/domain/progress';

const ev = (id: number, kind: EventKind, date: string, minutes: number | null, supersedes: number | null = null) => ({
  id,
  kind,
  date,
  minutes,
  supersedes,
});

describe('effective events', () => {
  it('drops a corrected entry in favour of its correction, and a deleted one with its void marker', () => {
    const events = [ev(1, 'study', '2026-03-01', 30), ev(2, 'study', '2026-03-02', 45), ev(3, 'study', '2026-03-01', 60, 1), ev(4, 'void', '2026-03-05', null, 2)];
    expect(effectiveEvents(events).map((e) => e.id)).toEqual([3]);
    expect([...minutesByDate(effectiveEvents(events))]).toEqual([['2026-03-01', 60]]);
  });

  it('follows a chain of corrections to the latest', () => {
    const events = [ev(1, 'study', '2026-03-01', 30), ev(2, 'study', '2026-03-01', 40, 1), ev(3, 'study', '2026-03-01', 50, 2)];
    expect(effectiveEvents(events).map((e) => e.minutes)).toEqual([50]);
  });
});

// DST and month boundaries: run the calendar code in zones that change clocks.
for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney']) {
  describe(`streaks and weeks in ${zone}`, () => {
    const previous = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = previous;
    });

    it('counts consecutive days across a month end and a DST change', () => {
      // US clocks go forward on 2026-03-08, EU on 2026-03-29; Sydney goes back on 2026-04-05.
      const days = ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-07', '2026-03-08', '2026-03-09'];
      expect(streak(days, '2026-03-09', 'days')).toBe(3);
      const eu = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-04', '2026-04-05', '2026-04-06'];
      expect(streak(eu.slice(0, 5), '2026-04-01', 'days')).toBe(5);
      expect(streak(eu, '2026-04-06', 'days')).toBe(3);
    });

    it('keeps a streak alive until the end of today, and breaks it after a missed day', () => {
      expect(streak(['2026-10-31', '2026-11-01'], '2026-11-02', 'days')).toBe(2);
      expect(streak(['2026-10-31', '2026-11-01'], '2026-11-03', 'days')).toBe(0);
    });

    it('counts ISO weeks (Monday first) across year and DST boundaries', () => {
      // 2025-12-29 is the Monday of ISO week 2026-W01.
      expect(streak(['2025-12-24', '2025-12-31', '2026-01-07', '2026-01-12'], '2026-01-14', 'weeks')).toBe(4);
      expect(streak(['2026-03-02', '2026-03-11'], '2026-03-16', 'weeks')).toBe(2);
      expect(streak(['2026-03-02'], '2026-03-16', 'weeks')).toBe(0);
    });

    it('a day streak equals the longest run of consecutive days ending today or yesterday', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 400 }), (run, gap, offset) => {
          const base = new Date(2025, 0, 1 + offset);
          const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          const dates = Array.from({ length: run }, (_, i) => iso(new Date(base.getFullYear(), base.getMonth(), base.getDate() + i)));
          const today = iso(new Date(base.getFullYear(), base.getMonth(), base.getDate() + run - 1 + gap));
          expect(dates.every(isIsoDate)).toBe(true);
          expect(streak(dates, today, 'days')).toBe(run);
          expect(streak(dates, iso(new Date(base.getFullYear(), base.getMonth(), base.getDate() + run + 1)), 'days')).toBe(0);
        }),
      );
    });

    it('weekly totals keep every minute logged in the window, in 26 Monday-started weeks', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 181 }), fc.integer({ min: 1, max: 1440 })), { maxLength: 60 }), (entries) => {
          const today = '2026-06-30';
          const byDate = new Map<string, number>();
          for (const [back, minutes] of entries) {
            const d = new Date(2026, 5, 30 - back);
            const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
            byDate.set(key, (byDate.get(key) ?? 0) + minutes);
          }
          const weeks = weeklyMinutes(byDate, today);
          expect(weeks).toHaveLength(26);
          expect(weeks.every((w) => new Date(`${w.weekStart}T12:00:00`).getDay() === 1)).toBe(true);
          const first = weeks[0]?.weekStart ?? '';
          const inWindow = [...byDate].filter(([d]) => d >= first).reduce((s, [, m]) => s + m, 0);
          expect(weeks.reduce((s, w) => s + w.minutes, 0)).toBe(inWindow);
        }),
      );
    });

    it('the heatmap covers a whole year of consecutive days ending today, starting on a Monday', () => {
      const days = heatmapDays(new Map([['2026-03-08', 30]]), '2026-04-15');
      expect(days.at(-1)?.date).toBe('2026-04-15');
      expect(new Date(`${days[0]?.date}T12:00:00`).getDay()).toBe(1);
      expect(days.length).toBeGreaterThanOrEqual(365);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.find((d) => d.date === '2026-03-08')?.minutes).toBe(30);
    });
  });
}

describe('level history and category levels', () => {
  it('starts from the level before the first change', () => {
    const events = [
      { kind: 'level' as const, date: '2026-01-05', levelFrom: 1, levelTo: 2 },
      { kind: 'study' as const, date: '2026-01-06', levelFrom: null, levelTo: null },
      { kind: 'level' as const, date: '2026-02-01', levelFrom: 2, levelTo: 3 },
    ];
    expect(levelHistory(events)).toEqual([
      { date: '2026-01-05', level: 1 },
      { date: '2026-01-05', level: 2 },
      { date: '2026-02-01', level: 3 },
    ]);
  });

  it('averages tracked skills per category and leaves untouched ones out', () => {
    const result = categoryLevels([
      { category: 'databases', level: 2, targetLevel: 4, status: 'learning' },
      { category: 'databases', level: 4, targetLevel: 4, status: 'done' },
      { category: 'languages', level: 0, targetLevel: 0, status: 'pending' },
    ]);
    expect(result).toEqual([{ category: 'databases', current: 3, target: 4, skills: 2 }]);
  });
});

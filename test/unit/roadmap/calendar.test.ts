import { addDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate, toIso } from '@shared/domain/dates';
import { dayNumber, isoOfDay, workCalendar } from '@shared/domain/roadmap-calendar';

describe('roadmap calendar', () => {
  it('day numbers agree with date-fns calendar days, across leap years and centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 80_000 }), (offset) => {
        const iso = toIso(addDays(toDate('2000-02-28'), offset));
        expect(dayNumber(iso) - dayNumber('2000-02-28')).toBe(differenceInCalendarDays(toDate(iso), toDate('2000-02-28')));
        expect(isoOfDay(dayNumber(iso))).toBe(iso);
      }),
      { numRuns: 500 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoOfDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
    expect(isoOfDay(dayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(dayNumber('2026-03-09') - dayNumber('2026-03-08')).toBe(1);
  });

  it('maps working time to days around days off (overlapping ranges merged, ranges before the start ignored)', () => {
    // Start Mon 5 Jan; off 7–9 Jan and 8–11 Jan (merged: 7–11 Jan), and a range in December (ignored).
    const cal = workCalendar(dayNumber('2026-01-05'), [
      { start: '2026-01-08', end: '2026-01-11' },
      { start: '2026-01-07', end: '2026-01-09' },
      { start: '2025-12-01', end: '2025-12-05' },
    ]);
    // Working days: 5, 6 Jan (working time 0–2), then 12 Jan onward (working time 2…).
    expect(cal.workingAt(2)).toBe(2); // 7 Jan
    expect(cal.workingAt(7)).toBe(2); // 12 Jan
    expect(cal.workingAt(8)).toBe(3);
    expect(cal.dayOfStart(2)).toBe(7); // work at working time 2 happens on 12 Jan
    expect(cal.dayOfEnd(2)).toBe(1); // work that ends at working time 2 was last done on 6 Jan
    expect(cal.dayOfStart(1.5)).toBe(1);
    expect(cal.dayOfEnd(2.5)).toBe(7);
  });
});

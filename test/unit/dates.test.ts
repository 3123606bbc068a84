import { format, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_DATE, isIsoDate, toDate, toIso } from '@shared/domain/dates';

// dates.ts reads and writes yyyy-MM-dd by hand (to keep date-fns' parse and format out of the
// renderer's first chunk); it must agree with date-fns on every input.
const REFERENCE = new Date(2000, 0, 1);
const sameTime = (a: Date, b: Date) => (Number.isNaN(a.getTime()) ? Number.isNaN(b.getTime()) : a.getTime() === b.getTime());

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 12000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string({ maxLength: 12 }),
);

describe('ISO calendar dates', () => {
  it('toDate reads a string as date-fns parse(…, yyyy-MM-dd) does', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(sameTime(toDate(text), parse(text, ISO_DATE, REFERENCE))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('toIso writes a date as date-fns format(…, yyyy-MM-dd) does, and throws on an invalid date as it does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(0, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        expect(toIso(date)).toBe(format(date, ISO_DATE));
      }),
      { numRuns: 2000 },
    );
    expect(() => toIso(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => format(new Date(Number.NaN), ISO_DATE)).toThrow(RangeError);
  });

  it('accepts only real dates written in full', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(toIso(toDate('0099-12-31'))).toBe('0099-12-31');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enUsDollars, enUsMediumDate, enUsNumber } from '../../renderer/src/format-en-us';

// The formats written without Intl must be Intl's, character for character: Node's ICU is the reference.
const number = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const mediumDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** Amounts a screen shows: salaries, hours, years; many end in a 5 where rounding is decided. */
const amount = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100 + 0.005),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10 + 0.05),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
  fc.constantFrom(0, -0, 0.5, -0.5, 0.05, -0.04, 0.95, 9.95, 99.5, 999.5, 999_999.5, 1.15, 1.45, 2.675, 1e-7, 5e-324, 999_999_999_999_999, 1e15, 1e21),
);

describe('en-US figures written without Intl', () => {
  it('numbers are Intl’s for 0 to 3 fraction digits: rounding, grouping, the sign of zero', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 3 }), (n, digits) => {
        const fast = enUsNumber(n, digits);
        if (fast !== null) expect(fast).toBe(number(digits).format(n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('dollar amounts are Intl’s, the minus sign before the dollar sign', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const fast = enUsDollars(n);
        if (fast !== null) expect(fast).toBe(dollars.format(n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes every amount a screen shows, and leaves to Intl only what it cannot write', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), fc.integer({ min: 0, max: 3 }), (n, digits) => {
        fc.pre(n === 0 || Math.abs(n) >= 1e-6);
        expect(enUsNumber(n, digits)).not.toBeNull();
        expect(enUsDollars(n)).not.toBeNull();
      }),
    );
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e15, -2e20, 1e-7]) {
      expect(enUsNumber(n, 1)).toBeNull();
      expect(enUsDollars(n)).toBeNull();
    }
  });

  it('rounds what Intl rounds: the shortest decimal, not the double’s exact value', () => {
    // 1.15 is stored as 1.149999…; toFixed rounds that down, Intl rounds "1.15" up.
    expect(enUsNumber(1.15, 1)).toBe('1.2');
    expect(enUsNumber(-1.15, 1)).toBe('-1.2');
    expect(enUsNumber(999_999.95, 1)).toBe('1,000,000');
    expect(enUsNumber(-0.04, 1)).toBe('-0');
    expect(enUsDollars(149_999.5)).toBe('$150,000');
    expect(enUsDollars(-1234.5)).toBe('-$1,235');
  });

  it('dates are Intl’s medium dates, every day of years 1 to 9999 and the ends of JavaScript’s range', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        expect(enUsMediumDate(date.getFullYear(), date.getMonth(), date.getDate())).toBe(mediumDate.format(date));
      }),
      { numRuns: 5_000 },
    );
    const late = new Date(275_760, 8, 12);
    expect(enUsMediumDate(late.getFullYear(), late.getMonth(), late.getDate())).toBe(mediumDate.format(late));
    expect(enUsMediumDate(2026, 0, 5)).toBe('Jan 5, 2026');
  });

  it('leaves years before 1 (Intl adds an era) and impossible months to Intl', () => {
    expect(enUsMediumDate(0, 0, 1)).toBeNull();
    expect(enUsMediumDate(-5, 0, 1)).toBeNull();
    expect(enUsMediumDate(2026, 12, 1)).toBeNull();
    expect(enUsMediumDate(Number.NaN, 0, 1)).toBeNull();
  });
});

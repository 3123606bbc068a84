import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStanding, ordinal, salaryStanding, standingSentence } from '@shared/domain/salary-standing';

// BLS May 2025, Software Developers, Seattle-Tacoma-Bellevue, WA.
const seattle = { p10: 99_190, p25: 132_800, p50: 167_280, p75: 211_860, p90: 257_960 };

describe('where a salary stands', () => {
  it('is linear between the published percentiles around it', () => {
    const standing = salaryStanding(150_000, seattle);
    expect(standing?.kind).toBe('estimate');
    // 25 + 25 · (150,000 − 132,800) / (167,280 − 132,800)
    expect(standing?.percentile).toBeCloseTo(25 + (25 * 17_200) / 34_480, 10);
    expect(standingSentence({ salary: '$150,000', standing: standing!, occupation: 'Software Developers', area: 'Seattle-Tacoma-Bellevue, WA' })).toBe(
      '$150,000 is about the 37th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA',
    );
  });

  it('hits each published percentile exactly', () => {
    expect(salaryStanding(99_190, seattle)).toEqual({ kind: 'estimate', percentile: 10 });
    expect(salaryStanding(167_280, seattle)).toEqual({ kind: 'estimate', percentile: 50 });
    expect(salaryStanding(257_960, seattle)).toEqual({ kind: 'estimate', percentile: 90 });
  });

  it('says only "below the 10th" or "above the 90th" outside the band', () => {
    const below = salaryStanding(60_000, seattle);
    const above = salaryStanding(400_000, seattle);
    expect(below).toEqual({ kind: 'below', percentile: 10 });
    expect(above).toEqual({ kind: 'above', percentile: 90 });
    expect(describeStanding(below!)).toBe('below the 10th percentile');
    expect(describeStanding(above!)).toBe('above the 90th percentile');
  });

  it('uses only what was published: a missing 90th makes the 75th the top', () => {
    const capped = { ...seattle, p90: null };
    expect(salaryStanding(240_000, capped)).toEqual({ kind: 'above', percentile: 75 });
    expect(describeStanding(salaryStanding(240_000, capped)!)).toBe('above the 75th percentile');
    expect(salaryStanding(150_000, { ...seattle, p25: null })?.percentile).toBeCloseTo(10 + (40 * (150_000 - 99_190)) / (167_280 - 99_190), 10);
  });

  it('places nothing with fewer than two published percentiles', () => {
    expect(salaryStanding(150_000, { p10: null, p25: null, p50: 150_000, p75: null, p90: null })).toBeNull();
    expect(salaryStanding(150_000, { p10: null, p25: null, p50: null, p75: null, p90: null })).toBeNull();
  });

  it('never decreases as the salary grows, and stays within 10–90', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sl = salaryStanding(lo, seattle)!;
        const sh = salaryStanding(hi, seattle)!;
        expect(sl.percentile).toBeLessThanOrEqual(sh.percentile);
        expect(sl.percentile).toBeGreaterThanOrEqual(10);
        expect(sh.percentile).toBeLessThanOrEqual(90);
      }),
    );
  });

  it('writes ordinals in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 37, 50, 90, 101, 111].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '37th', '50th', '90th', '101st', '111th',
    ]);
  });
});

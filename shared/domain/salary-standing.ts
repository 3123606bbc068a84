import { BAND_KEYS, BAND_PERCENTILES, type BandKey } from './percentiles';

/**
 * Where one salary sits in a published band. Between the lowest and highest published
 * percentiles it is an estimate, by a straight line between the two published percentiles
 * around it; outside them nothing is known but the side.
 */
export type Standing =
  | { kind: 'estimate'; percentile: number }
  | { kind: 'below'; percentile: number }
  | { kind: 'above'; percentile: number };

/** The salary's place among the published percentiles; null when fewer than two are published. */
export function salaryStanding(amount: number, band: Readonly<Record<BandKey, number | null>>): Standing | null {
  const points = BAND_KEYS.flatMap((key) => {
    const value = band[key];
    return value === null ? [] : [{ percentile: BAND_PERCENTILES[key] * 100, value }];
  });
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  if (amount < first.value) return { kind: 'below', percentile: first.percentile };
  if (amount > last.value) return { kind: 'above', percentile: last.percentile };
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1];
    const hi = points[i];
    if (!lo || !hi || amount > hi.value) continue;
    // A flat step (two percentiles with one value) places the salary at its lower end.
    const share = hi.value === lo.value ? 0 : (amount - lo.value) / (hi.value - lo.value);
    return { kind: 'estimate', percentile: lo.percentile + share * (hi.percentile - lo.percentile) };
  }
  return { kind: 'estimate', percentile: last.percentile };
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "about the 37th percentile", "below the 10th percentile", "above the 90th percentile". */
export function describeStanding(standing: Standing): string {
  const nth = `${ordinal(Math.round(standing.percentile))} percentile`;
  if (standing.kind === 'below') return `below the ${nth}`;
  if (standing.kind === 'above') return `above the ${nth}`;
  return `about the ${nth}`;
}

/** "$150,000 is about the 37th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA". */
export function standingSentence(parts: { salary: string; standing: Standing; occupation: string; area: string }): string {
  return `${parts.salary} is ${describeStanding(parts.standing)} for ${parts.occupation} in ${parts.area}`;
}

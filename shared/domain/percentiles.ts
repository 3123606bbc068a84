/**
 * Percentiles by linear interpolation between order statistics — numpy's default ("linear",
 * Hyndman & Fan type 7): for n sorted values and a fraction p, the position is h = (n − 1)·p
 * (0-based); the result is v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋+1] − v[⌊h⌋]). The in-memory path below
 * and the SQL path (which fetches v[⌊h⌋] and v[⌊h⌋+1] with ORDER BY … LIMIT 2 OFFSET ⌊h⌋) share
 * `percentilePosition` and `interpolate`, so they cannot drift apart.
 */

/** The five percentiles every band shows, as fractions. */
export const BAND_PERCENTILES = { p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9 } as const;
export type BandKey = keyof typeof BAND_PERCENTILES;
export const BAND_KEYS = Object.keys(BAND_PERCENTILES) as BandKey[];

/** Groups with fewer records than this are marked "too few" and show no percentiles. */
export const MIN_GROUP_SIZE = 5;

export interface PercentilePosition {
  /** 0-based index of the lower order statistic. */
  lower: number;
  /** Weight of the next order statistic, in [0, 1). */
  fraction: number;
}

export function percentilePosition(count: number, p: number): PercentilePosition {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`percentile of ${count} values`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile fraction ${p} is outside 0–1`);
  const h = (count - 1) * p;
  const lower = Math.floor(h);
  return { lower, fraction: h - lower };
}

/** `lower` is v[⌊h⌋]; `upper` is v[⌊h⌋+1] (absent when ⌊h⌋ is the last index). */
export function interpolate(lower: number, upper: number | undefined, fraction: number): number {
  if (fraction === 0 || upper === undefined) return lower;
  return lower + fraction * (upper - lower);
}

/** Percentile of values already sorted ascending. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const { lower, fraction } = percentilePosition(sorted.length, p);
  return interpolate(sorted[lower] as number, sorted[lower + 1], fraction);
}

export type Band = Record<BandKey, number>;

/** p10…p90 of any values (sorted here), or null for a group under MIN_GROUP_SIZE. */
export function bandOf(values: readonly number[]): Band | null {
  if (values.length < MIN_GROUP_SIZE) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Object.fromEntries(BAND_KEYS.map((k) => [k, percentileOfSorted(sorted, BAND_PERCENTILES[k])])) as Band;
}

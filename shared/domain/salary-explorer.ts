import { z } from 'zod';
import { publishedKey, valueAtPercentile, type LevelPosition } from './career-ladder';
import { BAND_KEYS, type BandKey } from './percentiles';
import { AreaType, DatasetId, DatasetStanding } from './salary';

const money = z.number().nullable();

/**
 * One distribution the explorer draws: a BLS row, or a group of the user's imported records.
 * A null percentile means the publisher did not publish it ("not published"); `tooFew` marks an
 * imported group under the minimum size, whose percentiles are all null.
 */
export const SalaryBand = z.object({
  datasetId: z.string(),
  datasetName: z.string(),
  standing: DatasetStanding,
  year: z.number().int().nullable(),
  occupationTitle: z.string(),
  areaCode: z.string().nullable(),
  areaName: z.string(),
  areaType: AreaType.nullable(),
  level: z.string().nullable(),
  /** What the band is of, for labels: the area, or an imported group's values joined. */
  label: z.string(),
  /** Jobs (BLS employment) or imported records in the group. */
  count: z.number().int().nullable(),
  p10: money,
  p25: money,
  p50: money,
  p75: money,
  p90: money,
  rangeLow: money,
  rangeHigh: money,
  tooFew: z.boolean(),
  currency: z.string(),
});
export type SalaryBand = z.infer<typeof SalaryBand>;

export const BandQuery = z.object({
  occupationCode: z.string().regex(/^\d{2}-\d{4}$/, 'Choose an occupation from the list'),
  areaCodes: z.array(z.string().regex(/^\d{7}$/, 'Choose areas from the list')).min(1, 'Choose at least one area').max(50, 'Compare at most 50 areas at once'),
});
export type BandQuery = z.input<typeof BandQuery>;

export const GROUP_KEYS = ['area', 'level', 'title', 'year'] as const;
export const GroupKey = z.enum(GROUP_KEYS);
export type GroupKey = z.infer<typeof GroupKey>;

export const PercentileQuery = z.object({
  datasetId: DatasetId,
  groupBy: z.array(GroupKey).max(4).refine((keys) => new Set(keys).size === keys.length, 'Group by each field once'),
});
export type PercentileQuery = z.input<typeof PercentileQuery>;

export const PercentileGroups = z.object({
  datasetId: z.string(),
  groupBy: z.array(GroupKey),
  recordCount: z.number().int(),
  groups: z.array(SalaryBand),
  /** More groups existed than the explorer draws; the largest were kept. */
  truncated: z.boolean(),
});
export type PercentileGroups = z.infer<typeof PercentileGroups>;

export const ArticleCity = z.object({
  city: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  bls: SalaryBand.nullable(),
  article: z.object({ low: z.number(), high: z.number(), note: z.string() }).nullable(),
});
export type ArticleCity = z.infer<typeof ArticleCity>;

/** A level placed on a band: at the percentile the career ladder gives it (a mapping, not data). */
export interface LevelEstimate {
  levelId: string;
  name: string;
  percentile: number;
  /** The published percentile the position falls on, if it falls on one. */
  publishedKey: BandKey | null;
  /** Outside the published 10th–90th: carried on from the nearest two published percentiles. */
  extrapolated: boolean;
  /** null when a percentile the value needs was not published (or the group has too few records). */
  value: number | null;
}

/**
 * The career ladder's levels on one band. A position on a published percentile reads it; one
 * between or beyond them is a straight line through the published figures (valueAtPercentile),
 * which needs all five.
 */
export function levelsFromBand(band: Pick<SalaryBand, BandKey>, positions: readonly LevelPosition[]): LevelEstimate[] {
  const complete = BAND_KEYS.every((k) => band[k] !== null);
  return positions.map((p) => {
    const key = publishedKey(p.percentile);
    const value = key ? band[key] : complete ? valueAtPercentile(band as Record<BandKey, number>, p.percentile) : null;
    return { levelId: p.levelId, name: p.name, percentile: p.percentile, publishedKey: key, extrapolated: p.extrapolated, value };
  });
}

export const PERCENTILE_LABELS: Record<BandKey, string> = {
  p10: '10th percentile',
  p25: '25th percentile',
  p50: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
};

import type { AreaType } from '../../../shared/domain/salary';

/** One row of salary_bands as the seed inserts it. */
export interface BandRow {
  year: number | null;
  occupationCode: string;
  occupationTitle: string;
  areaCode: string;
  areaName: string;
  areaType: AreaType;
  state: string;
  employment: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  currency: string;
  note: string | null;
}

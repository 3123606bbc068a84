import type { BandKey } from '@shared/domain/percentiles';
import { PERCENTILE_LABELS, type SalaryBand } from '@shared/domain/salary-explorer';
import { formatMoney } from '../../format';

/** What an area BLS has no row for, in the chosen occupation, shows instead of figures. */
export const UNPUBLISHED = 'not published by BLS for this occupation';

/** An empty cell is "not published" (BLS) or "too few" (a small imported group), never 0. */
export function bandValue(band: SalaryBand, key: BandKey): string {
  const value = band[key];
  if (value !== null) return formatMoney(value, band.currency);
  return band.tooFew ? 'too few records' : 'not published';
}

/** Where a figure comes from: dataset, year, area, percentile. */
export function sourceOf(band: SalaryBand, key?: BandKey): string {
  const parts = [band.datasetName, band.year === null ? 'year not stated' : String(band.year), band.label];
  if (key) parts.push(PERCENTILE_LABELS[key]);
  return parts.join(' · ');
}

/** The distinct datasets behind a list of bands, each with its year and currency, for a sources footer. */
export function sourcesOf(bands: readonly SalaryBand[]): string[] {
  return [...new Set(bands.map((b) => `${b.datasetName} (${b.year === null ? '' : `${b.year}, `}in ${b.currency})`))];
}

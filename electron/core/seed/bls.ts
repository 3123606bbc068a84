import path from 'node:path';
import { AREA_TYPES, type AreaType } from '@shared/domain/salary';
import type { BandRow } from './band-row';
import { BundledDataError, optionalWhole, readBundledCsv, requiredText, type CsvRow } from './csv';
import { stateAreaCode } from './state-codes';

const COMMON = ['year', 'area_type', 'area_name', 'state', 'occ_code', 'occ_title', 'employment', 'p10', 'p25', 'median', 'p75', 'p90', 'mean'];
const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

function areaTypeOf(file: string, row: CsvRow): AreaType {
  const raw = requiredText(file, row, 'area_type');
  const found = AREA_TYPES.find((t) => t === raw);
  if (!found) throw new BundledDataError(`${file}, line ${row.line}, column area_type: unknown "${raw}"`);
  return found;
}

function toBand(file: string, row: CsvRow, hasAreaCode: boolean): BandRow {
  const areaType = areaTypeOf(file, row);
  const state = (row.values.state ?? '').trim();
  let areaCode: string | undefined;
  if (hasAreaCode) areaCode = requiredText(file, row, 'area_code');
  else if (areaType === 'national') areaCode = '0000000';
  else areaCode = stateAreaCode(state);
  if (!areaCode || !/^\d{7}$/.test(areaCode)) {
    throw new BundledDataError(`${file}, line ${row.line}: no 7-digit area code for "${row.values.area_name}"`);
  }
  const [p10, p25, p50, p75, p90] = PERCENTILES.map((c) => optionalWhole(file, row, c));
  const published = [p10, p25, p50, p75, p90].filter((v): v is number => v !== null);
  if (published.some((v, i) => i > 0 && v < (published[i - 1] ?? 0))) {
    throw new BundledDataError(`${file}, line ${row.line}: percentiles are not in increasing order`);
  }
  return {
    year: optionalWhole(file, row, 'year'),
    occupationCode: requiredText(file, row, 'occ_code'),
    occupationTitle: requiredText(file, row, 'occ_title'),
    areaCode,
    areaName: requiredText(file, row, 'area_name'),
    areaType,
    state,
    employment: optionalWhole(file, row, 'employment'),
    p10: p10 ?? null,
    p25: p25 ?? null,
    p50: p50 ?? null,
    p75: p75 ?? null,
    p90: p90 ?? null,
    mean: optionalWhole(file, row, 'mean'),
    rangeLow: null,
    rangeHigh: null,
    currency: 'USD',
    note: null,
  };
}

const sameFigures = (a: BandRow, b: BandRow) =>
  a.employment === b.employment && a.p10 === b.p10 && a.p25 === b.p25 && a.p50 === b.p50 &&
  a.p75 === b.p75 && a.p90 === b.p90 && a.mean === b.mean;

/**
 * Loads BLS OEWS files. The national row of each occupation appears in both the metro and the
 * state file; it is kept once, and the two copies must agree.
 */
export function loadBlsOews(dataDir: string, files: readonly string[]): BandRow[] {
  const bands: BandRow[] = [];
  const national = new Map<string, BandRow>();
  for (const name of files) {
    const file = path.join(dataDir, name);
    const rows = readBundledCsv(file, COMMON);
    const hasAreaCode = rows.length > 0 && 'area_code' in (rows[0]?.values ?? {});
    for (const row of rows) {
      const band = toBand(name, row, hasAreaCode);
      if (band.areaType === 'national') {
        const seen = national.get(band.occupationCode);
        if (seen) {
          if (!sameFigures(seen, band)) {
            throw new BundledDataError(`${name}, line ${row.line}: national row for ${band.occupationCode} differs from an earlier file`);
          }
          continue;
        }
        national.set(band.occupationCode, band);
      }
      bands.push(band);
    }
  }
  return bands;
}

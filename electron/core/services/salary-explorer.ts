import path from 'node:path';
import type { ArticleCity, SalaryBand } from '@shared/domain/salary-explorer';
import type { AreaType, DatasetStanding } from '@shared/domain/salary';
import type { Sqlite } from '../db/open';
import type { salaryBands } from '../db/schema';
import { readBundledCsv, requiredText } from '../seed/csv';

/** A band as the explorer reads it: the table's figures plus its dataset's public key, name and standing. */
type BandRow = Pick<
  typeof salaryBands.$inferSelect,
  'year' | 'occupationTitle' | 'areaCode' | 'areaName' | 'level' | 'employment' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'rangeLow' | 'rangeHigh' | 'currency'
> & {
  /** The dataset's public key. */
  datasetId: string;
  datasetName: string;
  standing: DatasetStanding;
  areaType: AreaType;
};

const BAND_COLUMNS = `d.key AS datasetId, d.name AS datasetName, d.standing, b.year, b.occupation_title AS occupationTitle,
  b.area_code AS areaCode, b.area_name AS areaName, b.area_type AS areaType, b.level, b.employment, b.p10, b.p25, b.p50, b.p75,
  b.p90, b.range_low AS rangeLow, b.range_high AS rangeHigh, b.currency`;

const toBand = (r: BandRow): SalaryBand => ({
  datasetId: r.datasetId,
  datasetName: r.datasetName,
  standing: r.standing,
  year: r.year,
  occupationTitle: r.occupationTitle,
  areaCode: r.areaCode,
  areaName: r.areaName,
  areaType: r.areaType,
  level: r.level,
  label: r.areaName,
  count: r.employment,
  p10: r.p10,
  p25: r.p25,
  p50: r.p50,
  p75: r.p75,
  p90: r.p90,
  rangeLow: r.rangeLow,
  rangeHigh: r.rangeHigh,
  tooFew: false,
  currency: r.currency,
});

export const officialBandsSql = (areas: number) => `SELECT ${BAND_COLUMNS} FROM salary_bands b JOIN salary_datasets d ON d.id = b.dataset_id
  WHERE d.standing = 'official' AND d.status = 'ready' AND b.occupation_code = ? AND b.area_code IN (${Array(areas).fill('?').join(', ')})
  ORDER BY b.p50 IS NULL, b.p50 DESC, b.area_name`;

/** Official bands of one occupation in the given areas, highest median first (unpublished last). */
export function officialBands(sqlite: Sqlite, occupationCode: string, areaCodes: readonly string[]): SalaryBand[] {
  const rows = sqlite.prepare(officialBandsSql(areaCodes.length)).all(occupationCode, ...areaCodes) as BandRow[];
  return rows.map(toBand);
}

const MAP_FILE = 'article-city-msa-map.csv';

/**
 * The 16 cities the article names, each on its BLS metro (the bundled map file), with BLS's band
 * for the occupation and, for the three it quotes, the article's range beside it.
 */
export function articleComparison(sqlite: Sqlite, dataDir: string, occupationCode: string): ArticleCity[] {
  const cities = readBundledCsv(path.join(dataDir, MAP_FILE), ['city', 'msa_area_code', 'msa_name']).map((row) => ({
    city: requiredText(MAP_FILE, row, 'city'),
    areaCode: requiredText(MAP_FILE, row, 'msa_area_code'),
    areaName: requiredText(MAP_FILE, row, 'msa_name'),
  }));
  const bls = new Map(officialBands(sqlite, occupationCode, cities.map((c) => c.areaCode)).map((b) => [b.areaCode, b]));
  const claims = sqlite
    .prepare(
      `SELECT b.area_code AS areaCode, b.range_low AS low, b.range_high AS high, b.note FROM salary_bands b
       JOIN salary_datasets d ON d.id = b.dataset_id
       WHERE d.standing = 'unsourced-claim' AND b.range_low IS NOT NULL AND b.range_high IS NOT NULL`,
    )
    .all() as { areaCode: string; low: number; high: number; note: string | null }[];
  const claimByArea = new Map(claims.map((c) => [c.areaCode, c]));
  return cities.map((c) => {
    const claim = claimByArea.get(c.areaCode);
    return {
      ...c,
      bls: bls.get(c.areaCode) ?? null,
      article: claim ? { low: claim.low, high: claim.high, note: claim.note ?? '' } : null,
    };
  });
}

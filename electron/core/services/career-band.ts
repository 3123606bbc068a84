import { bandOf, MIN_GROUP_SIZE } from '@shared/domain/percentiles';
import { currencyConflict, type BandRequest, type ProjectionBand } from '@shared/domain/projection';
import { AppError } from '@shared/ipc/result';
import type { Sqlite } from '../db/open';

/** What a band is asked for; `level` only for imported data (null or absent: every level). */
type Request = Pick<BandRequest, 'datasetId' | 'occupationCode' | 'areaCode'> & { level?: string | null };

interface DatasetRow {
  id: number;
  key: string;
  name: string;
  standing: string;
  year: number | null;
}

interface PublishedRow {
  id: number;
  year: number | null;
  occupationTitle: string;
  areaName: string;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  currency: string;
}

const notFound = (message: string): never => {
  throw new AppError('NOT_FOUND', message);
};

function dataset(sqlite: Sqlite, key: string): DatasetRow {
  const row = sqlite.prepare("SELECT id, key, name, standing, year FROM salary_datasets WHERE key = ? AND status = 'ready'").get(key) as
    | DatasetRow
    | undefined;
  return row ?? notFound(`No dataset "${key}": it may have been deleted.`);
}

function publishedBand(sqlite: Sqlite, d: DatasetRow, req: Request): ProjectionBand {
  const row = sqlite
    .prepare(
      `SELECT id, year, occupation_title AS occupationTitle, area_name AS areaName, p10, p25, p50, p75, p90, currency
       FROM salary_bands WHERE dataset_id = ? AND occupation_code = ? AND area_code = ? AND level IS NULL`,
    )
    .get(d.id, req.occupationCode, req.areaCode) as PublishedRow | undefined;
  if (!row) return notFound(`${d.name} has no figures for occupation ${req.occupationCode} in area ${req.areaCode}.`);
  const { p10, p25, p50, p75, p90 } = row;
  if (p10 === null || p25 === null || p50 === null || p75 === null || p90 === null) {
    const missing = (['p10', 'p25', 'p50', 'p75', 'p90'] as const).filter((k) => row[k] === null).join(', ');
    return notFound(`${d.name} did not publish every percentile for ${row.occupationTitle} in ${row.areaName} (missing: ${missing}), so no projection can use it.`);
  }
  return {
    occupationCode: req.occupationCode,
    areaCode: req.areaCode,
    band: { p10, p25, p50, p75, p90 },
    currency: row.currency,
    dataYear: row.year ?? d.year,
    source: {
      datasetId: d.key,
      datasetName: d.name,
      year: row.year ?? d.year,
      occupationCode: req.occupationCode,
      occupationTitle: row.occupationTitle,
      areaCode: req.areaCode,
      areaName: row.areaName,
      level: null,
      kind: 'published-row',
      rowId: row.id,
      recordCount: null,
    },
  };
}

function importedBand(sqlite: Sqlite, d: DatasetRow, req: Request): ProjectionBand {
  const level = req.level ?? null;
  const where = `dataset_id = ? AND title = ? AND area = ?${level === null ? '' : ' AND level = ?'}`;
  const params: Array<string | number> = level === null ? [d.id, req.occupationCode, req.areaCode] : [d.id, req.occupationCode, req.areaCode, level];
  const what = `“${req.occupationCode}” in “${req.areaCode}”${level === null ? '' : ` at level “${level}”`}`;
  const currencies = sqlite.prepare(`SELECT DISTINCT currency FROM salary_records WHERE ${where} ORDER BY currency`).pluck().all(...params) as string[];
  if (currencies.length > 1) {
    throw new AppError('VALIDATION', `${d.name} has records for ${what} in several currencies (${currencies.join(', ')}); a band is made in one currency only.`);
  }
  const totals = sqlite.prepare(`SELECT total FROM salary_records WHERE ${where} ORDER BY total`).pluck().all(...params) as number[];
  const band = bandOf(totals);
  if (!band) return notFound(`${d.name} has ${totals.length} record${totals.length === 1 ? '' : 's'} for ${what}; a band needs at least ${MIN_GROUP_SIZE}.`);
  const years = sqlite.prepare(`SELECT MAX(year) FROM salary_records WHERE ${where}`).pluck().get(...params) as number | null;
  return {
    occupationCode: req.occupationCode,
    areaCode: req.areaCode,
    band,
    currency: currencies[0] as string,
    dataYear: years ?? d.year,
    source: {
      datasetId: d.key,
      datasetName: d.name,
      year: years ?? d.year,
      occupationCode: req.occupationCode,
      occupationTitle: req.occupationCode,
      areaCode: req.areaCode,
      areaName: req.areaCode,
      level,
      kind: 'imported-records',
      rowId: null,
      recordCount: totals.length,
    },
  };
}

/**
 * "The band for this occupation, area and level in this dataset", for projections. A published
 * dataset (BLS) answers with its row for the occupation and area (it has no levels: the ladder
 * places levels on the band). An imported dataset answers with the percentiles of its records
 * whose title, area and (when given) level match, by the same method as the explorer. Every
 * answer names what it came from, so each projected figure can point back to it.
 */
export function bandFor(sqlite: Sqlite, req: Request): ProjectionBand {
  const d = dataset(sqlite, req.datasetId);
  if (d.standing === 'user') return importedBand(sqlite, d, req);
  if (d.standing !== 'official') throw new AppError('VALIDATION', `${d.name} is an unsourced claim with ranges, not percentiles: projections use official or imported data.`);
  if (req.level) throw new AppError('VALIDATION', `${d.name} has no levels: the career ladder places each level on its band.`);
  return publishedBand(sqlite, d, req);
}

/**
 * Several bands for one projection. Refused when they are not all in one currency (and in
 * `currency`, when given: the salary's), with a message saying which dataset is in which.
 */
export function bandsFor(sqlite: Sqlite, requests: readonly Request[], currency?: { label: string; currency: string }): ProjectionBand[] {
  const bands = requests.map((r) => bandFor(sqlite, r));
  const conflict = currencyConflict([
    ...(currency ? [currency] : []),
    ...bands.map((b) => ({ label: `${b.source.datasetName} (${b.source.areaName})`, currency: b.currency })),
  ]);
  if (conflict) throw new AppError('VALIDATION', conflict);
  return bands;
}

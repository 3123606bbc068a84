import {
  BAND_KEYS,
  BAND_PERCENTILES,
  MIN_GROUP_SIZE,
  interpolate,
  percentilePosition,
  type Band,
} from '../../../shared/domain/percentiles';
import type { GroupKey, PercentileGroups, SalaryBand } from '../../../shared/domain/salary-explorer';
import { AppError } from '../../../shared/ipc/result';
import type { Sqlite } from '../db/open';

/** The explorer draws this many groups at most (the largest). */
export const MAX_GROUPS = 200;

const COLUMN: Record<GroupKey, string> = { area: 'area', level: 'level', title: 'title', year: 'year' };

type GroupRow = Record<string, string | number | null> & { n: number };

/**
 * p10…p90 of `total` over the records matching `where`, with the same method as the in-memory
 * `bandOf`: each percentile reads at most two values with ORDER BY total LIMIT 2 OFFSET k,
 * which walks an index ending in total (no sort). Upper percentiles walk it from the top, so
 * no lookup passes more than half the group.
 */
export function bandBySql(sqlite: Sqlite, where: string, params: readonly (string | number | null)[], count: number): Band {
  const ascending = sqlite.prepare(`SELECT total FROM salary_records WHERE ${where} ORDER BY total LIMIT ? OFFSET ?`).pluck();
  const descending = sqlite.prepare(`SELECT total FROM salary_records WHERE ${where} ORDER BY total DESC LIMIT ? OFFSET ?`).pluck();
  const band = {} as Band;
  for (const key of BAND_KEYS) {
    const { lower, fraction } = percentilePosition(count, BAND_PERCENTILES[key]);
    const take = fraction === 0 || lower === count - 1 ? 1 : 2;
    let values: number[];
    if (lower < count / 2) {
      values = ascending.all(...params, take, lower) as number[];
    } else {
      // v[lower + take − 1] … v[lower] counted from the top, then back in ascending order.
      values = (descending.all(...params, take, count - lower - take) as number[]).reverse();
    }
    band[key] = interpolate(values[0] as number, values[1], take === 2 ? fraction : 0);
  }
  return band;
}

interface DatasetRow {
  id: string;
  name: string;
  standing: SalaryBand['standing'];
}

/** Percentile groups of one imported dataset, grouped by the fields the user picked. */
export function datasetPercentiles(sqlite: Sqlite, datasetId: string, groupBy: readonly GroupKey[]): PercentileGroups {
  const dataset = sqlite.prepare('SELECT id, name, standing FROM salary_datasets WHERE id = ?').get(datasetId) as DatasetRow | undefined;
  if (!dataset) throw new AppError('NOT_FOUND', 'That dataset no longer exists.');
  if (dataset.standing !== 'user') throw new AppError('VALIDATION', 'Percentiles are computed for imported datasets only.');
  const columns = groupBy.map((k) => COLUMN[k]);
  const select = columns.length ? `${columns.join(', ')}, ` : '';
  const groupClause = columns.length ? `GROUP BY ${columns.join(', ')}` : '';
  const groupRows = sqlite
    .prepare(`SELECT ${select}COUNT(*) AS n FROM salary_records WHERE dataset_id = ? ${groupClause} ORDER BY n DESC LIMIT ?`)
    .all(datasetId, MAX_GROUPS + 1) as GroupRow[];
  const truncated = groupRows.length > MAX_GROUPS;
  // Counting again walks the whole dataset's index: only needed when groups were left out.
  const recordCount = truncated
    ? (sqlite.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(datasetId) as number)
    : groupRows.reduce((sum, g) => sum + g.n, 0);
  // One row's currency (an indexed lookup); a MIN() over the dataset would scan every record.
  const currency = (sqlite.prepare('SELECT currency FROM salary_records WHERE dataset_id = ? LIMIT 1').pluck().get(datasetId) as string | undefined) ?? 'USD';

  const groups = groupRows.slice(0, MAX_GROUPS).filter((g) => g.n > 0).map((g): SalaryBand => {
    const values = columns.map((c) => g[c] ?? null);
    const where = ['dataset_id = ?', ...columns.map((c) => `${c} IS ?`)].join(' AND ');
    const band = g.n >= MIN_GROUP_SIZE ? bandBySql(sqlite, where, [datasetId, ...values], g.n) : null;
    const part = (key: GroupKey) => {
      const i = groupBy.indexOf(key);
      return i < 0 ? null : values[i];
    };
    const label = groupBy.length
      ? groupBy.map((k, i) => (values[i] === null || values[i] === '' ? `(no ${k})` : String(values[i]))).join(' · ')
      : 'All records';
    const area = part('area');
    const level = part('level');
    const year = part('year');
    const title = part('title');
    return {
      datasetId,
      datasetName: dataset.name,
      standing: dataset.standing,
      year: typeof year === 'number' ? year : null,
      occupationTitle: typeof title === 'string' && title ? title : dataset.name,
      areaCode: null,
      areaName: typeof area === 'string' && area ? area : 'All areas',
      areaType: null,
      level: typeof level === 'string' && level ? level : null,
      label,
      count: g.n,
      p10: band?.p10 ?? null,
      p25: band?.p25 ?? null,
      p50: band?.p50 ?? null,
      p75: band?.p75 ?? null,
      p90: band?.p90 ?? null,
      rangeLow: null,
      rangeHigh: null,
      tooFew: band === null,
      currency,
    };
  });
  return { datasetId, groupBy: [...groupBy], recordCount, groups, truncated };
}

import { BAND_KEYS, BAND_PERCENTILES, MIN_GROUP_SIZE, interpolate, percentilePosition, type Band } from '@shared/domain/percentiles';
import type { GroupKey, PercentileGroups, SalaryBand } from '@shared/domain/salary-explorer';
import { AppError } from '@shared/ipc/result';
import type { Sqlite } from '../db/open';
import { groupedBands, type Cell } from './salary-grouped-bands';

// Heavy reads: these run in a worker (jobs/worker.ts) on its own connection.

/** The explorer draws this many groups at most (the largest). */
export const MAX_GROUPS = 200;

const COLUMN: Record<GroupKey, string> = { area: 'area', level: 'level', title: 'title', year: 'year' };

/**
 * p10…p90 of `total` over one whole dataset, with the same method as the in-memory `bandOf`:
 * each percentile reads at most two values with ORDER BY total LIMIT 2 OFFSET k, which walks the
 * pay index (dataset_id, total, …) without sorting. Upper percentiles walk it from the top, so no
 * lookup passes more than half the dataset.
 */
export const LOWER_VALUES_SQL = 'SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total LIMIT ? OFFSET ?';
export const UPPER_VALUES_SQL = 'SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total DESC LIMIT ? OFFSET ?';

export function datasetBand(sqlite: Sqlite, datasetId: number, count: number): Band {
  const ascending = sqlite.prepare(LOWER_VALUES_SQL).pluck();
  const descending = sqlite.prepare(UPPER_VALUES_SQL).pluck();
  const band = {} as Band;
  for (const key of BAND_KEYS) {
    const { lower, fraction } = percentilePosition(count, BAND_PERCENTILES[key]);
    const take = fraction === 0 || lower === count - 1 ? 1 : 2;
    let values: number[];
    if (lower < count / 2) {
      values = ascending.all(datasetId, take, lower) as number[];
    } else {
      // v[lower + take − 1] … v[lower] counted from the top, then back in ascending order.
      values = (descending.all(datasetId, take, count - lower - take) as number[]).reverse();
    }
    band[key] = interpolate(values[0] as number, values[1], take === 2 ? fraction : 0);
  }
  return band;
}

function compareCells(a: readonly Cell[], b: readonly Cell[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * The records of a dataset: the count its import stored (a dataset's records are written once,
 * by its import, and removed only with it), or counted when it has no import record. A COUNT(*)
 * walks every entry of the dataset in the pay index, twice as far as the median's lookup.
 */
function datasetRecordCount(sqlite: Sqlite, datasetId: number): number {
  const stored = sqlite.prepare('SELECT row_count FROM salary_imports WHERE dataset_id = ?').pluck().get(datasetId) as number | undefined;
  return stored ?? (sqlite.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(datasetId) as number);
}

interface DatasetRow {
  id: number;
  name: string;
  standing: SalaryBand['standing'];
}

/** Percentile groups of one imported dataset, grouped by the fields the user picked. */
export function datasetPercentiles(sqlite: Sqlite, datasetKey: string, groupBy: readonly GroupKey[]): PercentileGroups {
  const dataset = sqlite
    .prepare("SELECT id, name, standing FROM salary_datasets WHERE key = ? AND status = 'ready'")
    .get(datasetKey) as DatasetRow | undefined;
  if (!dataset) throw new AppError('NOT_FOUND', 'That dataset no longer exists.');
  if (dataset.standing !== 'user') throw new AppError('VALIDATION', 'Percentiles are computed for imported datasets only.');
  // One row's currency (an indexed lookup); a MIN() over the dataset would scan every record.
  const currency =
    (sqlite.prepare('SELECT currency FROM salary_records WHERE dataset_id = ? LIMIT 1').pluck().get(dataset.id) as string | undefined) ?? 'USD';

  let groups: Array<{ cells: Cell[]; count: number; band: Band | null }>;
  if (groupBy.length === 0) {
    const count = datasetRecordCount(sqlite, dataset.id);
    groups = count > 0 ? [{ cells: [], count, band: count >= MIN_GROUP_SIZE ? datasetBand(sqlite, dataset.id, count) : null }] : [];
  } else {
    groups = groupedBands(sqlite, dataset.id, groupBy.map((k) => COLUMN[k]));
  }
  const recordCount = groups.reduce((sum, g) => sum + g.count, 0);
  // Largest first; equal sizes in the order of their values, as SQL's GROUP BY would list them.
  groups.sort((a, b) => b.count - a.count || compareCells(a.cells, b.cells));
  const truncated = groups.length > MAX_GROUPS;

  const shown = groups.slice(0, MAX_GROUPS).map((g): SalaryBand => {
    const part = (key: GroupKey) => {
      const i = groupBy.indexOf(key);
      return i < 0 ? null : (g.cells[i] ?? null);
    };
    const label = groupBy.length
      ? groupBy.map((k, i) => (g.cells[i] === null || g.cells[i] === '' ? `(no ${k})` : String(g.cells[i]))).join(' · ')
      : 'All records';
    const area = part('area');
    const level = part('level');
    const year = part('year');
    const title = part('title');
    return {
      datasetId: datasetKey,
      datasetName: dataset.name,
      standing: dataset.standing,
      year: typeof year === 'number' ? year : null,
      occupationTitle: typeof title === 'string' && title ? title : dataset.name,
      areaCode: null,
      areaName: typeof area === 'string' && area ? area : 'All areas',
      areaType: null,
      level: typeof level === 'string' && level ? level : null,
      label,
      count: g.count,
      p10: g.band?.p10 ?? null,
      p25: g.band?.p25 ?? null,
      p50: g.band?.p50 ?? null,
      p75: g.band?.p75 ?? null,
      p90: g.band?.p90 ?? null,
      rangeLow: null,
      rangeHigh: null,
      tooFew: g.band === null,
      currency,
    };
  });
  return { datasetId: datasetKey, groupBy: [...groupBy], recordCount, groups: shown, truncated };
}

import {
  BAND_KEYS,
  BAND_PERCENTILES,
  MIN_GROUP_SIZE,
  interpolate,
  percentilePosition,
  type Band,
} from '@shared/domain/percentiles';
import type { GroupKey, PercentileGroups, SalaryBand } from '@shared/domain/salary-explorer';
import { AppError } from '@shared/ipc/result';
import type { Sqlite } from '../db/open';

// Heavy reads: these run in a worker (jobs/worker.ts) on its own connection.

/** The explorer draws this many groups at most (the largest). */
export const MAX_GROUPS = 200;

const COLUMN: Record<GroupKey, string> = { area: 'area', level: 'level', title: 'title', year: 'year' };

type Cell = string | number | null;

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

/** Band of values already in ascending order (each group's values arrive sorted from the pass). */
function bandOfSorted(values: readonly number[]): Band | null {
  if (values.length < MIN_GROUP_SIZE) return null;
  const band = {} as Band;
  for (const key of BAND_KEYS) {
    const { lower, fraction } = percentilePosition(values.length, BAND_PERCENTILES[key]);
    band[key] = interpolate(values[lower] as number, values[lower + 1], fraction);
  }
  return band;
}

interface Group {
  cells: Cell[];
  values: number[];
}

/**
 * Every group's values in one ordered pass over the pay index: it is ordered by (dataset, total)
 * and covers the grouping columns, so SQLite reads it front to back without touching the table or
 * sorting, and each group's list comes out already sorted. Cost: one scan of the dataset's index.
 */
export const groupedScanSql = (columns: readonly string[]) =>
  `SELECT ${[...columns, 'total'].join(', ')} FROM salary_records WHERE dataset_id = ? ORDER BY total`;

export function groupedValues(sqlite: Sqlite, datasetId: number, columns: readonly string[]): Group[] {
  const rows = sqlite
    .prepare(groupedScanSql(columns))
    .raw()
    .iterate(datasetId) as IterableIterator<Cell[]>;
  // One Map per grouping column, keyed by the cell itself: Map keys keep null, "" and 1 apart
  // from "1" without building a string key for every row.
  const root = new Map<Cell, unknown>();
  const groups: Group[] = [];
  const last = columns.length - 1;
  for (const row of rows) {
    let node = root;
    for (let i = 0; i < last; i++) {
      let next = node.get(row[i] as Cell) as Map<Cell, unknown> | undefined;
      if (!next) {
        next = new Map();
        node.set(row[i] as Cell, next);
      }
      node = next;
    }
    let group = node.get(row[last] as Cell) as Group | undefined;
    if (!group) {
      group = { cells: row.slice(0, last + 1), values: [] };
      node.set(row[last] as Cell, group);
      groups.push(group);
    }
    group.values.push(row[last + 1] as number);
  }
  return groups;
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
    const count = sqlite.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(dataset.id) as number;
    groups = count > 0 ? [{ cells: [], count, band: count >= MIN_GROUP_SIZE ? datasetBand(sqlite, dataset.id, count) : null }] : [];
  } else {
    groups = groupedValues(sqlite, dataset.id, groupBy.map((k) => COLUMN[k])).map((g) => ({
      cells: g.cells,
      count: g.values.length,
      band: bandOfSorted(g.values),
    }));
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

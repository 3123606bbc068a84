import { BAND_KEYS, BAND_PERCENTILES, MIN_GROUP_SIZE, interpolate, percentilePosition, type Band } from '@shared/domain/percentiles';
import type { Sqlite } from '../db/open';

// Percentile bands of an imported dataset's groups (area, level, title, year), read in a worker.

export type Cell = string | number | null;

export interface GroupBand {
  cells: Cell[];
  count: number;
  band: Band | null;
}

/** Band of values already in ascending order (each group's values arrive sorted from the pass). */
export function bandOfSorted(values: ArrayLike<number>): Band | null {
  if (values.length < MIN_GROUP_SIZE) return null;
  const band = {} as Band;
  for (const key of BAND_KEYS) {
    const { lower, fraction } = percentilePosition(values.length, BAND_PERCENTILES[key]);
    band[key] = interpolate(values[lower] as number, values[lower + 1], fraction);
  }
  return band;
}

/**
 * Up to this many groups are numbered in SQL (below). Each grouping column becomes a CASE over
 * its values, evaluated for every record, so long value lists (titles) cost more per record
 * than the Map pass does: past this, that pass is used.
 */
export const NUMBERED_GROUPS_MAX = 64;
/** Mixed-radix group numbers run up to the product of each column's value count; past this, the Map pass. */
const NUMBERED_SPACE_MAX = 4096;
/** Records read at each end of the pay order to learn the grouping columns' values beforehand. */
export const SAMPLE_ROWS = 1000;

/**
 * The groups among the lowest- and highest-paid records: the values of the grouping columns
 * that the numbering starts from. Reading every record for them (SELECT DISTINCT) would cost a
 * quarter of the pass itself; a value missed here is found during the pass (see below).
 */
export const sampledGroupsSql = (columns: readonly string[]) => {
  const end = (order: string) => `SELECT * FROM (SELECT ${columns.join(', ')} FROM salary_records WHERE dataset_id = ? ORDER BY total ${order} LIMIT ?)`;
  return `${end('ASC')} UNION ${end('DESC')}`;
};
/** Every group, stopping as soon as there are too many to number (it reads the pay index, never a sort). */
export const distinctGroupsSql = (columns: readonly string[], limit: number) =>
  `SELECT DISTINCT ${columns.join(', ')} FROM salary_records WHERE dataset_id = ? LIMIT ${limit + 1}`;

interface Numbering {
  /** Per column: the values it knows, in the order of their number. */
  values: Cell[][];
  /** Per column: what its number is multiplied by in the group number. */
  strides: number[];
  size: number;
  sql: string;
  params: Cell[];
}

/**
 * Each record's group number: Σ (the index of its value in that column's list) × stride. A
 * record with a value no list has gets minus its id instead (ids are positive), and is looked up.
 */
function numbering(columns: readonly string[], combos: readonly Cell[][]): Numbering | null {
  const values = columns.map((_, c) => {
    const distinct = [...new Set(combos.map((row) => row[c] ?? null))];
    return [...distinct.filter((v) => v !== null), ...distinct.filter((v) => v === null)];
  });
  const size = values.reduce((product, v) => product * v.length, 1);
  if (size > NUMBERED_SPACE_MAX) return null;
  const strides: number[] = [];
  let stride = 1;
  for (let c = columns.length - 1; c >= 0; c--) {
    strides[c] = stride;
    stride *= (values[c] as Cell[]).length;
  }
  const params: Cell[] = [];
  const terms = columns.map((column, c) => {
    const list = values[c] as Cell[];
    const named = list.filter((v) => v !== null);
    params.push(...named);
    // A CASE without ELSE is NULL for a value it does not list, and so is the whole sum.
    const cases = named.length > 0 ? `CASE ${column} ${named.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} END` : 'NULL';
    const term = named.length < list.length ? `CASE WHEN ${column} IS NULL THEN ${named.length} ELSE ${cases} END` : cases;
    return `(${term}) * ${strides[c] as number}`;
  });
  return { values, strides, size, sql: numberedGroupsSql(terms), params };
}

/** One number per record, in pay order: the records' group numbers, read through the pay index. */
export const numberedGroupsSql = (terms: readonly string[]) =>
  `SELECT COALESCE(${terms.join(' + ')}, -id) FROM salary_records WHERE dataset_id = ? ORDER BY total`;
/** The same records' pay, in the same order. */
export const TOTALS_SQL = 'SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total';

/**
 * The records the numbering did not know (a value neither end of the pay order had) are few or
 * the guess was poor: up to this share of the records they are looked up one by one by id;
 * past it, every group is read first and the records are numbered again.
 */
const LOOKUPS_SHARE = 1 / 64;

/**
 * Groups numbered in SQL: two passes over the pay index that hand JavaScript one number per
 * record each (the group numbers, then the totals), read in bulk, instead of a row of strings
 * per record walked one at a time. Both passes list the records by total, so position i holds
 * the same total in both: records that tie on total may come in another order, but they share
 * that total, so each group still gets exactly its own totals, in ascending order. Null when
 * there are too many groups to number.
 */
function numberedGroupBands(sqlite: Sqlite, datasetId: number, columns: readonly string[], guess: readonly Cell[][], numberUpTo: number): GroupBand[] | null {
  let n = numbering(columns, guess);
  if (!n) return null;
  let groupOf = sqlite.prepare(n.sql).pluck().all(...n.params, datasetId) as number[];
  let unknown = 0;
  for (const g of groupOf) if (g < 0) unknown++;
  if (unknown > Math.max(numberUpTo, groupOf.length * LOOKUPS_SHARE)) {
    const every = sqlite.prepare(distinctGroupsSql(columns, numberUpTo)).raw().all(datasetId) as Cell[][];
    n = every.length <= numberUpTo ? numbering(columns, every) : null;
    if (!n) return null;
    groupOf = sqlite.prepare(n.sql).pluck().all(...n.params, datasetId) as number[];
  }
  // Records outside the numbering: their cells by id, each new combination numbered after it.
  const extraCells: Cell[][] = [];
  const extraByKey = new Map<string, number>();
  const cellsById = sqlite.prepare(`SELECT ${columns.join(', ')} FROM salary_records WHERE id = ?`).raw();
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    if (g >= 0) continue;
    const cells = cellsById.get(-g) as Cell[];
    // JSON keeps null, "1" and 1 apart, as SQL's DISTINCT does.
    const key = JSON.stringify(cells);
    let extra = extraByKey.get(key);
    if (extra === undefined) {
      extra = n.size + extraCells.length;
      extraByKey.set(key, extra);
      extraCells.push(cells);
    }
    groupOf[i] = extra;
  }
  if (extraCells.length > 0 && n.size + extraCells.length > NUMBERED_SPACE_MAX) return null;

  const totals = sqlite.prepare(TOTALS_SQL).pluck().all(datasetId) as number[];
  if (groupOf.length !== totals.length) throw new Error('the two passes over the pay index saw different records');
  const size = n.size + extraCells.length;
  const counts = new Int32Array(size);
  for (const g of groupOf) counts[g] = (counts[g] as number) + 1;
  const values = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Int32Array(size);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    (values[g] as Float64Array)[(filled[g] as number)++] = totals[i] as number;
  }
  const numbered = n;
  const cellsOf = (g: number): Cell[] =>
    g >= numbered.size
      ? (extraCells[g - numbered.size] as Cell[])
      : numbered.values.map((list, c) => list[Math.floor(g / (numbered.strides[c] as number)) % list.length] as Cell);
  const groups: GroupBand[] = [];
  for (let g = 0; g < size; g++) {
    const count = counts[g] as number;
    if (count > 0) groups.push({ cells: cellsOf(g), count, band: bandOfSorted(values[g] as Float64Array) });
  }
  return groups;
}

/**
 * The Map pass, for groupings with many values: one ordered pass over the pay index, which is
 * ordered by (dataset, total) and covers the grouping columns, so SQLite reads it front to back
 * without touching the table or sorting, and each group's list comes out already sorted.
 */
export const groupedScanSql = (columns: readonly string[]) =>
  `SELECT ${[...columns, 'total'].join(', ')} FROM salary_records WHERE dataset_id = ? ORDER BY total`;

interface Group {
  cells: Cell[];
  values: number[];
}

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

export interface GroupedBandsOptions {
  /** Past this many groups, the Map pass (0: always). */
  numberUpTo?: number;
  /** Records read at each end of the pay order to learn the columns' values (tests lower it). */
  sampleRows?: number;
}

/**
 * Every group's count and band, in no particular order. In one read transaction, so the passes
 * see the same records even while a deletion is purged beside them.
 */
export function groupedBands(
  sqlite: Sqlite,
  datasetId: number,
  columns: readonly string[],
  { numberUpTo = NUMBERED_GROUPS_MAX, sampleRows = SAMPLE_ROWS }: GroupedBandsOptions = {},
): GroupBand[] {
  return sqlite.transaction(() => {
    if (numberUpTo > 0) {
      const guess = sqlite.prepare(sampledGroupsSql(columns)).raw().all(datasetId, sampleRows, datasetId, sampleRows) as Cell[][];
      const numbered = guess.length <= numberUpTo ? numberedGroupBands(sqlite, datasetId, columns, guess, numberUpTo) : null;
      if (numbered) return numbered;
    }
    return groupedValues(sqlite, datasetId, columns).map((g) => ({ cells: g.cells, count: g.values.length, band: bandOfSorted(g.values) }));
  })();
}

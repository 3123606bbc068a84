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
 * The lowest- and highest-paid records' groups and pay: the values of the grouping columns the
 * numbering starts from, and whether the pay is whole. Reading every record for them (SELECT
 * DISTINCT) would cost a quarter of the pass itself; a value missed here is found during the
 * pass (see below).
 */
export const sampledGroupsSql = (columns: readonly string[]) => {
  const end = (order: string) => `SELECT * FROM (SELECT ${columns.join(', ')}, total FROM salary_records WHERE dataset_id = ? ORDER BY total ${order} LIMIT ?)`;
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
  /** Each record's group number, as an SQL expression (NULL for a value no list has). */
  terms: string[];
  params: Cell[];
}

/** Each record's group number: Σ (the index of its value in that column's list) × stride. */
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
  return { values, strides, size, terms, params };
}

/**
 * One number per record, in pay order: the records' group numbers, read through the pay index.
 * A record with a value no list has gets minus its id instead (ids are positive), and is looked up.
 */
export const numberedGroupsSql = (terms: readonly string[]) =>
  `SELECT COALESCE(${terms.join(' + ')}, -id) FROM salary_records WHERE dataset_id = ? ORDER BY total`;
/** The same records' pay, in the same order. */
export const TOTALS_SQL = 'SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total';

/**
 * Whole pay and the group number share one double: total × PACK + group. PACK is a power of two
 * above every group number, so the product is exact and the group fills the bits below it; the
 * sum stays exact while it is below 2^53, that is for totals (and record ids) below 2^53 / PACK,
 * about 1.1e12. A record whose pay cannot be packed carries its id there instead, negated; one
 * whose value no list has carries its id and UNKNOWN_GROUP.
 */
export const PACK = 2 * NUMBERED_SPACE_MAX;
const UNKNOWN_GROUP = PACK - 1;
const PACKED_LIMIT = 2 ** 53 / PACK;
const isPackable = (total: number) => total >= 0 && total < PACKED_LIMIT && Number.isInteger(total);

/** One number per record, in pay order, holding its group and either its pay or its id (see PACK). */
export const packedGroupsSql = (terms: readonly string[]) => {
  const group = terms.join(' + ');
  const whole = `total >= 0 AND total < ${PACKED_LIMIT} AND total = CAST(total AS INTEGER)`;
  return (
    `SELECT COALESCE(CASE WHEN ${whole} THEN total * ${PACK} + ${group} ELSE -id * ${PACK} - (${group}) END, -id * ${PACK} - ${UNKNOWN_GROUP}) ` +
    'FROM salary_records WHERE dataset_id = ? ORDER BY total'
  );
};

/**
 * The records the numbering did not know (a value neither end of the pay order had, or pay
 * that is not whole in the packed pass) are few or the guess was poor: up to this share of the
 * records they are looked up one by one by id; past it, the pass is given up.
 */
const LOOKUPS_SHARE = 1 / 64;
const tooMany = (lookups: number, records: number, numberUpTo: number) => lookups > Math.max(numberUpTo, records * LOOKUPS_SHARE);

/** Each combination of values the numbering lacks, numbered after it. */
class Extras {
  readonly cells: Cell[][] = [];
  private readonly byKey = new Map<string, number>();
  constructor(private readonly size: number) {}

  number(cells: Cell[]): number {
    // JSON keeps null, "1" and 1 apart, as SQL's DISTINCT does.
    const key = JSON.stringify(cells);
    let extra = this.byKey.get(key);
    if (extra === undefined) {
      extra = this.size + this.cells.length;
      this.byKey.set(key, extra);
      this.cells.push(cells);
    }
    return extra;
  }

  get fits(): boolean {
    return this.size + this.cells.length <= NUMBERED_SPACE_MAX;
  }
}

/** Each group's count and band from its number and total per record (in pay order). */
function bandsOfNumbered(n: Numbering, extras: Extras, groupOf: ArrayLike<number>, totals: ArrayLike<number>): GroupBand[] {
  const size = n.size + extras.cells.length;
  const counts = new Int32Array(size);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    counts[g] = (counts[g] as number) + 1;
  }
  const values = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Int32Array(size);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    (values[g] as Float64Array)[(filled[g] as number)++] = totals[i] as number;
  }
  const cellsOf = (g: number): Cell[] =>
    g >= n.size ? (extras.cells[g - n.size] as Cell[]) : n.values.map((list, c) => list[Math.floor(g / (n.strides[c] as number)) % list.length] as Cell);
  const groups: GroupBand[] = [];
  for (let g = 0; g < size; g++) {
    const count = counts[g] as number;
    if (count > 0) groups.push({ cells: cellsOf(g), count, band: bandOfSorted(values[g] as Float64Array) });
  }
  return groups;
}

/** What a numbered pass gave: the bands, or why it gave up (too many records to look up). */
type PassResult = GroupBand[] | 'values unknown' | 'pay not whole' | null;

interface Pass {
  sqlite: Sqlite;
  datasetId: number;
  columns: readonly string[];
  numberUpTo: number;
  /** False once every group was read: the records are then looked up, however many. */
  mayRenumber: boolean;
}

/**
 * Whole pay: one pass over the pay index that hands JavaScript one number per record, its pay
 * and group packed together (see PACK), read in bulk, instead of a row of strings per record
 * walked one at a time.
 */
function packedPass({ sqlite, datasetId, columns, numberUpTo, mayRenumber }: Pass, n: Numbering): PassResult {
  // The group's expression is written in both branches of the CASE (SQLite evaluates one), so its values are bound twice.
  const packed = sqlite.prepare(packedGroupsSql(n.terms)).pluck().all(...n.params, ...n.params, datasetId) as number[];
  let unknownValues = 0;
  let lookups = 0;
  for (const v of packed) {
    if (v >= 0) continue;
    lookups++;
    if (-v % PACK === UNKNOWN_GROUP) unknownValues++;
  }
  if (mayRenumber && tooMany(unknownValues, packed.length, numberUpTo)) return 'values unknown';
  if (tooMany(lookups, packed.length, numberUpTo)) return 'pay not whole';
  const groupOf = new Int32Array(packed.length);
  const totals = new Float64Array(packed.length);
  const extras = new Extras(n.size);
  const rowById = unknownValues > 0 ? sqlite.prepare(`SELECT ${columns.join(', ')}, total FROM salary_records WHERE id = ?`).raw() : null;
  const totalById = lookups > unknownValues ? sqlite.prepare('SELECT total FROM salary_records WHERE id = ?').pluck() : null;
  for (let i = 0; i < packed.length; i++) {
    const v = packed[i] as number;
    const g = Math.abs(v) % PACK;
    const rest = (Math.abs(v) - g) / PACK;
    if (v >= 0) {
      groupOf[i] = g;
      totals[i] = rest;
    } else if (g !== UNKNOWN_GROUP) {
      groupOf[i] = g;
      totals[i] = totalById?.get(rest) as number;
    } else {
      const row = rowById?.get(rest) as Cell[];
      totals[i] = row.pop() as number;
      groupOf[i] = extras.number(row);
    }
  }
  return extras.fits ? bandsOfNumbered(n, extras, groupOf, totals) : null;
}

/**
 * Any pay: two passes over the pay index that hand JavaScript one number per record each (the
 * group numbers, then the totals). Both list the records by total, so position i holds the
 * same total in both: records that tie on total may come in another order, but they share that
 * total, so each group still gets exactly its own totals, in ascending order.
 */
function twoPasses({ sqlite, datasetId, columns, numberUpTo, mayRenumber }: Pass, n: Numbering): PassResult {
  const groupOf = sqlite.prepare(numberedGroupsSql(n.terms)).pluck().all(...n.params, datasetId) as number[];
  let unknown = 0;
  for (const g of groupOf) if (g < 0) unknown++;
  if (mayRenumber && tooMany(unknown, groupOf.length, numberUpTo)) return 'values unknown';
  const extras = new Extras(n.size);
  const cellsById = unknown > 0 ? sqlite.prepare(`SELECT ${columns.join(', ')} FROM salary_records WHERE id = ?`).raw() : null;
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    if (g < 0) groupOf[i] = extras.number(cellsById?.get(-g) as Cell[]);
  }
  if (!extras.fits) return null;
  const totals = sqlite.prepare(TOTALS_SQL).pluck().all(datasetId) as number[];
  if (groupOf.length !== totals.length) throw new Error('the two passes over the pay index saw different records');
  return bandsOfNumbered(n, extras, groupOf, totals);
}

/**
 * Groups numbered in SQL from the values at the ends of the pay order: packed in one pass when
 * the pay there is whole (as most pay data is), else in two; every group read first when the
 * ends missed too many records' values. Null when there are too many groups to number.
 */
function numberedGroupBands(sqlite: Sqlite, datasetId: number, columns: readonly string[], ends: readonly Cell[][], numberUpTo: number): GroupBand[] | null {
  const combos = new Map<string, Cell[]>();
  for (const row of ends) {
    const cells = row.slice(0, columns.length);
    combos.set(JSON.stringify(cells), cells);
  }
  if (combos.size > numberUpTo) return null;
  let n = numbering(columns, [...combos.values()]);
  const maxId = sqlite.prepare('SELECT MAX(id) FROM salary_records').pluck().get() as number | null;
  let packed = ends.every((row) => isPackable(row[columns.length] as number)) && (maxId ?? 0) < PACKED_LIMIT;
  const pass: Pass = { sqlite, datasetId, columns, numberUpTo, mayRenumber: true };
  while (n) {
    const result = packed ? packedPass(pass, n) : twoPasses(pass, n);
    if (result === 'pay not whole') {
      packed = false;
    } else if (result === 'values unknown') {
      const every = sqlite.prepare(distinctGroupsSql(columns, numberUpTo)).raw().all(datasetId) as Cell[][];
      n = every.length <= numberUpTo ? numbering(columns, every) : null;
      pass.mayRenumber = false;
    } else {
      return result;
    }
  }
  return null;
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
      const ends = sqlite.prepare(sampledGroupsSql(columns)).raw().all(datasetId, sampleRows, datasetId, sampleRows) as Cell[][];
      const numbered = numberedGroupBands(sqlite, datasetId, columns, ends, numberUpTo);
      if (numbered) return numbered;
    }
    return groupedValues(sqlite, datasetId, columns).map((g) => ({ cells: g.cells, count: g.values.length, band: bandOfSorted(g.values) }));
  })();
}

import type Database from 'better-sqlite3';
import type { SalaryRecordInput } from '@shared/domain/salary-import-rows';
import type { Sqlite } from '../../db/open';
import type { WriterGate } from '../../jobs/writer-gate';

/**
 * Why an import stages its rows: the pay index is keyed (dataset, total, …) and a file's rows come
 * in no pay order, so inserting them straight into salary_records lands every key at a random
 * place in the index. Each commit then rewrites nearly one index page per row into the WAL, and
 * the cost per row grows with the index (measured with 10,000-row commits on a loaded machine:
 * 2 s per 100k rows on an empty table, 15–20 s from 500k rows on), and past the page cache
 * (connection.ts) every insert also reads its page back from disk. So rows first go, as they are parsed, into a
 * temporary table (the connection's own temp file: nothing in the database file, gone with a
 * crash), are sorted there once in index order, and are then appended to salary_records in that
 * order: every index key lands at the end of the dataset's part of the index, each commit writes
 * only the pages it filled, and the cost per row stays flat however large the table grows.
 */

const COLUMNS = 'row_number, title, level, area, year, base, bonus, equity, total, years_experience, date, currency, note';
/** The pay index's order (salary_records_pay after dataset_id), then the file's order for ties. */
const INDEX_ORDER = 'total, area, level, title, year, row_number';

/**
 * Memory the sort may use before it writes a sorted run to the temp file. Small on purpose: the
 * runs are then sorted while the rows are still being fed in, which reports progress (sortRows);
 * a large one leaves all the sorting to one silent step at the end of the input (3 s for 300k
 * rows with 64 MiB), and holds that memory too. Merging more, smaller runs took less CPU time,
 * not more (300k rows: 0.8–1.0 s against 1.1–1.3 s with 64 MiB).
 */
const SORT_MEMORY_KIB = 4 * 1024;
/** Rows between two looks at the clock while the sort runs (a power of two: a bit mask tests it). */
const SORT_TICK_ROWS = 4096;
/** Rows per temp-table transaction while parsing (the temp file is private: no lock on the database). */
const STAGE_ROWS_PER_TRANSACTION = 50_000;
/** Rows per INSERT while staging: one statement per row spent a quarter of the staging time on the calls themselves. */
const STAGE_ROWS_PER_INSERT = 50;
const COLUMN_COUNT = COLUMNS.split(',').length;

export class StagingTable {
  private readonly insertOne: Database.Statement<unknown[]>;
  private readonly insertMany: Database.Statement<unknown[]>;
  /** Values of rows not yet inserted (fewer than STAGE_ROWS_PER_INSERT rows). */
  private readonly pending: unknown[] = [];
  private open = false;
  private rows = 0;

  constructor(private readonly conn: Sqlite) {
    // A file, never memory: a 5M-row file would otherwise sit in the worker's RAM.
    conn.pragma('temp_store = FILE');
    conn.exec('DROP TABLE IF EXISTS temp.import_sorted; DROP TABLE IF EXISTS temp.import_rows');
    conn.exec(`CREATE TEMP TABLE import_rows (${COLUMNS})`);
    const values = `(${Array<string>(COLUMN_COUNT).fill('?').join(', ')})`;
    this.insertOne = conn.prepare(`INSERT INTO temp.import_rows (${COLUMNS}) VALUES ${values}`);
    this.insertMany = conn.prepare(`INSERT INTO temp.import_rows (${COLUMNS}) VALUES ${Array<string>(STAGE_ROWS_PER_INSERT).fill(values).join(', ')}`);
  }

  write(r: SalaryRecordInput): void {
    this.pending.push(r.rowNumber, r.title, r.level, r.area, r.year, r.base, r.bonus, r.equity, r.total, r.yearsExperience, r.date, r.currency, r.note);
    if (this.pending.length < STAGE_ROWS_PER_INSERT * COLUMN_COUNT) return;
    this.begin();
    this.insertMany.run(this.pending);
    this.pending.length = 0;
    this.rows += STAGE_ROWS_PER_INSERT;
    if (this.rows >= STAGE_ROWS_PER_TRANSACTION) this.commit();
  }

  /** Inserts the rows still pending and commits. */
  commit(): void {
    if (this.pending.length > 0) {
      this.begin();
      for (let i = 0; i < this.pending.length; i += COLUMN_COUNT) this.insertOne.run(this.pending.slice(i, i + COLUMN_COUNT));
      this.pending.length = 0;
    }
    if (!this.open) return;
    this.conn.exec('COMMIT');
    this.open = false;
    this.rows = 0;
  }

  /** Drops the staged rows (also after a failure: the temp tables must not outlive the job). */
  drop(): void {
    this.pending.length = 0;
    if (this.open && this.conn.inTransaction) this.conn.exec('ROLLBACK');
    this.open = false;
    this.conn.exec('DROP TABLE IF EXISTS temp.import_sorted; DROP TABLE IF EXISTS temp.import_rows');
  }

  private begin(): void {
    if (this.open) return;
    // Deferred: writing only the temp database takes no lock on the main one.
    this.conn.exec('BEGIN');
    this.open = true;
  }
}

export interface MoveOptions {
  conn: Sqlite;
  gate: WriterGate;
  datasetId: number;
  /** Rows per step in salary_records: a main-thread write waiting for the lock waits for at most one step. */
  rowsPerStep: number;
  /** Steps go into one transaction for up to this long, unless a main-thread write is waiting. */
  transactionMs: number;
  cancelled: () => boolean;
  /** While sorting: steps done of `total` (each row is fed to the sort, then comes out sorted). */
  onSortProgress: (done: number, total: number) => void;
  onProgress: (rowsMoved: number) => void;
}

/** Thrown from inside the sort's own SQL when the import is cancelled: it ends the statement. */
class SortCancelled extends Error {}

/**
 * Sorts the staged rows once in index order (SQLite's external sort, in the temp file), then
 * appends them to salary_records in IMMEDIATE transactions, each as many steps as fit in
 * `transactionMs` (every commit is an fsync: 5,000-row commits made the appending mostly a wait
 * for the disk), ending one at once when a main-thread write is waiting and stepping aside for it.
 * Returns false when cancelled part way (the caller purges what was moved).
 */
export function moveSortedRows(options: MoveOptions): boolean {
  const { conn, gate, datasetId, rowsPerStep, transactionMs, cancelled, onProgress } = options;
  if (!sortRows(options)) return false;
  const last = (conn.prepare('SELECT MAX(rowid) FROM temp.import_sorted').pluck().get() as number | null) ?? 0;
  const move = conn.prepare(
    `INSERT INTO salary_records (dataset_id, ${COLUMNS}) SELECT ?, ${COLUMNS} FROM temp.import_sorted WHERE rowid > ? AND rowid <= ? ORDER BY rowid`,
  );
  let from = 0;
  while (from < last) {
    if (cancelled()) return false;
    gate.yieldToMain();
    const started = performance.now();
    conn.transaction(() => {
      do {
        move.run(datasetId, from, from + rowsPerStep);
        from = Math.min(from + rowsPerStep, last);
        onProgress(from);
      } while (from < last && gate.waiting === 0 && !cancelled() && performance.now() - started < transactionMs);
    }).immediate();
  }
  return true;
}

/**
 * Sorts temp.import_rows into temp.import_sorted in one statement. A statement gives the worker no
 * turn of its own, so the statement reports on itself: a function is called for every
 * SORT_TICK_ROWS-th row fed to the sort (in its WHERE), and a cancel seen there throws, which ends
 * the statement. SQLite sorts runs of SORT_MEMORY_KIB as the rows come in and merges them while it
 * writes the sorted rows out; that last part reports nothing (a trigger could, but cost a third
 * more CPU time), so the main thread's heartbeat (run.ts) covers it. Returns false when cancelled.
 */
function sortRows({ conn, cancelled, onSortProgress }: MoveOptions): boolean {
  const rows = conn.prepare('SELECT COUNT(*) FROM temp.import_rows').pluck().get() as number;
  // Feeding the rows in is the first half of the step, the merge and writing out the second.
  const total = 2 * rows;
  let fed = 0;
  conn.function('import_sort_tick', { deterministic: false }, () => {
    if (cancelled()) throw new SortCancelled();
    fed = Math.min(fed + SORT_TICK_ROWS, rows);
    onSortProgress(fed, total);
    return 1;
  });
  // SQLite's sorter keeps up to the main cache_size in memory before it writes a sorted run to
  // the temp file: bound it, or the sort would take the import's whole cache.
  const cacheSize = conn.pragma('cache_size', { simple: true }) as number;
  conn.pragma(`cache_size = -${SORT_MEMORY_KIB}`);
  try {
    conn.exec(
      `CREATE TEMP TABLE import_sorted AS SELECT ${COLUMNS} FROM temp.import_rows
       WHERE (rowid & ${SORT_TICK_ROWS - 1}) <> 0 OR import_sort_tick() ORDER BY ${INDEX_ORDER}`,
    );
  } catch (error) {
    if (error instanceof SortCancelled) return false;
    throw error;
  } finally {
    conn.pragma(`cache_size = ${cacheSize}`);
  }
  conn.exec('DROP TABLE temp.import_rows');
  onSortProgress(total, total);
  return true;
}

import Papa from 'papaparse';
import { createReadStream } from 'node:fs';
import { MAX_LISTED_ERRORS, headerSignature } from '@shared/domain/salary-import';
import { describeSameNamedColumns, sameNamedColumns } from '@shared/domain/salary-import-header';
import { describeRowError, rowValidator, type RowCheck, type RowError } from '@shared/domain/salary-import-rows';
import { AppError, type FieldIssue } from '@shared/ipc/result';
import type { Sqlite } from '../../db/open';
import type { ImportJob, ImportOutcome } from '../../jobs/protocol';
import type { WriterGate } from '../../jobs/writer-gate';
import { purgeDataset } from '../datasets-purge';
import { decodeStream } from './decode';
import { rememberMapping } from './mappings';
import { ProgressReporter, type JobProgress } from './progress';
import { StagingTable, moveSortedRows } from './staging';

// Runs in a worker thread on the worker's own connection (see jobs/worker.ts).

/** Bytes read per parsing step. */
const READ_CHUNK_BYTES = 256 * 1024;
/**
 * Rows per step while the sorted rows are appended to salary_records: a main-thread write waits
 * for at most one step. Steps go into one transaction for up to MOVE_TRANSACTION_MS, which saves
 * fsyncs; a main-thread write waiting ends the transaction after the current step.
 */
const MOVE_ROWS_PER_STEP = 5_000;
const MOVE_TRANSACTION_MS = 250;
/** WAL pages (4 KiB) between automatic checkpoints during an import (SQLite's default is 1,000). */
const IMPORT_CHECKPOINT_PAGES = 16_000;
/**
 * Page cache while an import writes (the worker connection's own, connection.ts, is far larger).
 * Appended in index order, each transaction touches only the last pages of the table and of the
 * pay index, so a small cache does: at 300k rows 8 MiB imported as fast as 256 MiB, and the
 * larger one grew with every page written (about 130 MB for 1M rows), memory the worker would
 * keep after the import, its connection staying open.
 */
const IMPORT_CACHE_KIB = 8 * 1024;

export const INSERT_RECORD = `INSERT INTO salary_records (dataset_id, row_number, title, level, area, year, base, bonus, equity,
  total, years_experience, date, currency, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Collects row errors: keeps the first MAX_LISTED_ERRORS, counts the rest. */
class ErrorList {
  readonly listed: RowError[] = [];
  total = 0;
  add(errors: readonly RowError[]): void {
    for (const e of errors) {
      this.total += 1;
      if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(e);
    }
  }
  toAppError(fileName: string): AppError {
    const rest = this.total - this.listed.length;
    const issues: FieldIssue[] = this.listed.map((e) => ({ path: ['rows', e.row, e.column ?? ''], message: describeRowError(e) }));
    if (rest > 0) issues.push({ path: ['rows'], message: `…and ${rest.toLocaleString('en-US')} more` });
    const first = this.listed[0];
    return new AppError(
      'VALIDATION',
      `${fileName} was not imported: ${this.total.toLocaleString('en-US')} problem${this.total === 1 ? '' : 's'} found${first ? ` (first: ${describeRowError(first)})` : ''}. Nothing was written.`,
      issues,
    );
  }
}

interface StreamOutcome {
  header: string[];
  rows: number;
  errors: ErrorList;
  titles: Set<string>;
  areas: Set<string>;
}

export interface ImportJobContext {
  conn: Sqlite;
  gate: WriterGate;
  cancelled: () => boolean;
  progress: (p: JobProgress) => void;
}

/**
 * Imports one CSV file as a new dataset. Rows are checked as they are parsed and staged in a
 * temporary table (staging.ts), so a bad file writes nothing to the database; the staged rows are
 * then sorted in the pay index's order and appended in short transactions under a dataset marked
 * "importing" that no query sees, the worker stepping aside for main-thread writes between them
 * (WriterGate). The last transaction writes the provenance and flips the dataset to "ready". A
 * cancel purges what was appended; a crash loses the temp table with the process and leaves an
 * "importing" dataset that the next start purges. So the import is all or nothing for every
 * reader, while the app keeps writing.
 */
export async function runImportJob(job: ImportJob, ctx: ImportJobContext): Promise<ImportOutcome> {
  const { conn, gate } = ctx;
  const progress = new ProgressReporter(job.sizeBytes, ctx.progress);
  // At once, so the screen shows the import has begun before the first rows are parsed.
  progress.report('importing', 0, 0, 0, job.sizeBytes);

  const datasetId = insertImportingDataset(conn, job);
  const staging = new StagingTable(conn);
  let rows = 0;
  // Every commit stays FULL (fsync), though rows of a dataset still "importing" need not survive a
  // power cut: unsynced WAL frames pile up in the OS cache, and the main thread's next FULL commit
  // would then pay for flushing all of them (measured: a 186 ms stall at 300k rows).
  // Fewer, larger checkpoints while the rows pour in; one at the end brings the file up to date.
  conn.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
  const cacheSize = conn.pragma('cache_size', { simple: true }) as number;
  conn.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    const outcome = await streamRows(staging, job, ctx.cancelled, (n, bytes) => {
      rows = n;
      progress.report('importing', n, bytes, bytes, job.sizeBytes);
    });
    rows = outcome.rows;
    const cancelled = () => new AppError('CANCELLED', `Import of ${job.fileName} cancelled. Nothing was written.`);
    if (ctx.cancelled()) throw cancelled();
    if (outcome.errors.total > 0) throw outcome.errors.toAppError(job.fileName);
    if (outcome.rows === 0) throw new AppError('VALIDATION', `${job.fileName} has a header but no data rows: nothing to import.`);
    const size = job.sizeBytes;
    progress.report('sorting', rows, size, 0, 2 * rows);
    const moved = moveSortedRows({
      conn,
      gate,
      datasetId,
      rowsPerStep: MOVE_ROWS_PER_STEP,
      transactionMs: MOVE_TRANSACTION_MS,
      cancelled: ctx.cancelled,
      onSortProgress: (done, total) => progress.report('sorting', rows, size, done, total),
      onProgress: (saved) => progress.report('committing', rows, size, saved, rows),
    });
    if (!moved) throw cancelled();
    gate.yieldToMain();
    conn.transaction(() => {
      finishImport(conn, job, datasetId, outcome);
      rememberMapping(conn, headerSignature(outcome.header), job.request.mapping, new Date(job.importedAt));
    }).immediate();
    // Before "done": the rows are in, but the import is not over until its WAL is written back.
    staging.drop();
    conn.pragma('wal_checkpoint(PASSIVE)');
    progress.report('done', rows, size, rows, rows);
    return { datasetKey: job.datasetKey, rowCount: outcome.rows };
  } catch (error) {
    progress.report(ctx.cancelled() ? 'cancelled' : 'failed', rows, 0, 0, 0);
    purgeDataset(conn, gate, datasetId);
    throw error;
  } finally {
    staging.drop();
    conn.pragma('wal_autocheckpoint = 1000');
    conn.pragma(`cache_size = ${cacheSize}`);
    conn.pragma('wal_checkpoint(PASSIVE)');
  }
}

function insertImportingDataset(conn: Sqlite, job: ImportJob): number {
  return conn
    .prepare(
      `INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
       VALUES (?, 'importing', ?, 'You (imported file)', 'Your own data', ?, NULL, 1, 0, 'user', '', ?) RETURNING id`,
    )
    .pluck()
    .get(job.datasetKey, job.request.name, `File ${job.fileName}, imported ${job.importedAt.slice(0, 10)}`, job.importedAt) as number;
}

function finishImport(conn: Sqlite, job: ImportJob, datasetId: number, outcome: StreamOutcome): void {
  const { request } = job;
  const provenance = [
    `## ${request.name}`,
    '',
    `Imported by you from the file ${job.fileName} on ${job.importedAt.slice(0, 10)}: ${outcome.rows.toLocaleString('en-US')} rows`,
    `(${request.encoding}, delimiter ${JSON.stringify(request.delimiter)}, SHA-256 ${job.sha256}).`,
    request.note ? `\nYour note: ${request.note}` : '',
  ].join('\n');
  conn.prepare("UPDATE salary_datasets SET provenance = ?, status = 'ready' WHERE id = ?").run(provenance.trim(), datasetId);
  conn
    .prepare(
      `INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note,
        encoding, delimiter, mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(datasetId, job.fileName, job.sha256, job.importedAt, outcome.rows, outcome.titles.size, outcome.areas.size, request.note, request.encoding, request.delimiter, JSON.stringify(request.mapping));
}

function streamRows(
  writer: StagingTable,
  job: ImportJob,
  cancelled: () => boolean,
  onProgress: (rows: number, bytesRead: number) => void,
): Promise<StreamOutcome> {
  const { request } = job;
  const outcome: StreamOutcome = { header: [], rows: 0, errors: new ErrorList(), titles: new Set(), areas: new Set() };
  /** Made from the header row, which comes first. */
  let check: RowCheck | null = null;
  let rowNumber = 0;
  let bytesRead = 0;
  let failure: unknown = null;

  const input = createReadStream(job.filePath, { highWaterMark: READ_CHUNK_BYTES });
  input.on('data', (chunk) => (bytesRead += chunk.length));
  const text = input.pipe(decodeStream(request.encoding));

  const handleRows = (data: string[][], parseErrors: Papa.ParseError[]) => {
    const badRows = new Map<number, string>();
    for (const e of parseErrors) if (e.row !== undefined) badRows.set(e.row, e.message);
    for (let i = 0; i < data.length; i++) {
      const cells = data[i] as string[];
      rowNumber += 1;
      if (rowNumber === 1) {
        outcome.header = cells;
        const sameNamed = sameNamedColumns(cells);
        if (sameNamed) throw new AppError('VALIDATION', describeSameNamedColumns(job.fileName, cells, sameNamed));
        const width = cells.length;
        const outside = Object.entries(request.mapping).filter(([, index]) => (index ?? 0) >= width);
        if (outside.length > 0) {
          throw new AppError('VALIDATION', `The file's header has ${width} columns; the mapping uses column(s) ${outside.map(([, i]) => (i ?? 0) + 1).join(', ')}.`);
        }
        check = rowValidator({ header: cells, mapping: request.mapping, defaultCurrency: request.defaultCurrency });
        continue;
      }
      // A blank line is not a row of data (many exports end with one).
      if (cells.length === 1 && cells[0] === '') continue;
      const parseError = badRows.get(i);
      if (parseError) {
        outcome.errors.add([{ row: rowNumber, column: null, reason: parseError }]);
        continue;
      }
      const result = (check as RowCheck)(cells, rowNumber);
      if (Array.isArray(result)) {
        outcome.errors.add(result);
        continue;
      }
      outcome.rows += 1;
      // After the first error nothing more is written (it will be purged anyway), but every row
      // is still checked so the user sees all the problems at once.
      if (outcome.errors.total > 0) continue;
      writer.write(result);
      outcome.titles.add(result.title);
      outcome.areas.add(result.area);
    }
    // Staged rows of a file with errors are dropped at the end; stop writing them.
    if (outcome.errors.total > 0) writer.drop();
  };

  return new Promise<StreamOutcome>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      input.destroy();
      try {
        if (!failure && !cancelled() && outcome.errors.total === 0) writer.commit();
        else writer.drop();
      } catch (error) {
        failure ??= error;
      }
      if (failure) reject(failure);
      else resolve(outcome);
    };
    input.on('error', (error) => {
      failure = error;
      finish();
    });
    Papa.parse<string[]>(text, {
      delimiter: request.delimiter,
      chunk(results, parser) {
        if (cancelled()) {
          parser.abort();
          return;
        }
        try {
          handleRows(results.data, results.errors);
        } catch (error) {
          failure = error;
          parser.abort();
          return;
        }
        onProgress(outcome.rows, bytesRead);
      },
      complete: finish,
      error(error) {
        failure = error;
        finish();
      },
    });
  });
}

import Papa from 'papaparse';
import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  MAX_LISTED_ERRORS,
  headerSignature,
  type ImportProgress,
  type ImportRequest as ImportRequestSchema,
  type ImportResult,
} from '../../../../shared/domain/salary-import';
import { describeRowError, rowValidator, type RowCheck, type RowError, type SalaryRecordInput } from '../../../../shared/domain/salary-import-rows';
import { AppError, type FieldIssue } from '../../../../shared/ipc/result';
import type { NativeOptions, Sqlite } from '../../db/open';
import type { Store } from '../../db/store';
import type { EventBus } from '../../events';
import type { FileInbox } from '../../files';
import { openImportConnection } from './connection';
import { decodeStream } from './decode';
import { rememberMapping } from './mappings';
import { findDuplicate } from './preview';

export type ParsedImportRequest = z.output<typeof ImportRequestSchema>;

export interface ImportDeps {
  store: Store;
  inbox: FileInbox;
  events: EventBus;
  native?: NativeOptions;
  now?: () => Date;
}

/** How often progress goes out while rows stream in. */
const PROGRESS_INTERVAL_MS = 200;
/** Bytes read per step: big enough for throughput, small enough to hand the event loop back often. */
const READ_CHUNK_BYTES = 512 * 1024;

export const INSERT_RECORD = `INSERT INTO salary_records (dataset_id, row_number, title, level, area, year, base, bonus, equity,
  total, years_experience, date, currency, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

class ImportFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

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

/**
 * Imports one CSV file as a new user dataset on its own connection, in ONE transaction: rows
 * stream in chunk by chunk (the event loop turns between chunks, so the main connection keeps
 * answering and progress events go out), and any error, a cancel or a crash leaves the
 * database as it was.
 */
export class ImportRunner {
  private current: { token: string; cancelled: boolean } | null = null;

  constructor(private readonly deps: ImportDeps) {}

  get busy(): boolean {
    return this.current !== null;
  }

  cancel(token: string): boolean {
    if (this.current?.token !== token) return false;
    this.current.cancelled = true;
    return true;
  }

  async run(request: ParsedImportRequest): Promise<ImportResult> {
    if (this.current) throw new AppError('CONFLICT', 'Another import is running: wait for it to finish or cancel it.');
    const state = { token: request.token, cancelled: false };
    this.current = state;
    try {
      return await this.runLocked(request, state);
    } finally {
      this.current = null;
    }
  }

  private async runLocked(request: ParsedImportRequest, state: { token: string; cancelled: boolean }): Promise<ImportResult> {
    const { store, inbox, events } = this.deps;
    const now = this.deps.now ?? (() => new Date());
    const file = inbox.get(request.token);
    const sha256 = await inbox.sha256(request.token);
    const duplicate = findDuplicate(store.db, sha256);
    if (duplicate && !request.allowDuplicate) {
      throw new AppError(
        'CONFLICT',
        `${file.fileName} was already imported as “${duplicate.name}” on ${duplicate.importedAt.slice(0, 10)}. Import it again only if you want its rows twice.`,
      );
    }

    const started = performance.now();
    const progress = (phase: ImportProgress['phase'], rows: number, bytesRead: number) => {
      const seconds = (performance.now() - started) / 1000;
      events.emit('importProgress', {
        token: request.token,
        phase,
        rows,
        bytesRead,
        totalBytes: file.sizeBytes,
        rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
      });
    };

    const conn = openImportConnection(store.file, this.deps.native);
    const datasetId = `user-${randomUUID()}`;
    let rows = 0;
    try {
      conn.exec('BEGIN IMMEDIATE');
      const at = now();
      insertDataset(conn, datasetId, request.name, file.fileName, at);
      const outcome = await streamRows(conn, request, file.path, datasetId, state, (n, bytes) => {
        rows = n;
        progress('importing', n, bytes);
      });
      rows = outcome.rows;
      if (state.cancelled) throw new ImportFailure(new AppError('CANCELLED', `Import of ${file.fileName} cancelled. Nothing was written.`));
      if (outcome.errors.total > 0) throw new ImportFailure(outcome.errors.toAppError(file.fileName));
      if (outcome.rows === 0) {
        throw new ImportFailure(new AppError('VALIDATION', `${file.fileName} has a header but no data rows: nothing to import.`));
      }
      progress('committing', rows, file.sizeBytes);
      writeImport(conn, {
        datasetId,
        request,
        fileName: file.fileName,
        sha256,
        at,
        rows: outcome.rows,
        titles: outcome.titles.size,
        areas: outcome.areas.size,
      });
      rememberMapping(conn, headerSignature(outcome.header), request.mapping, at);
      conn.exec('COMMIT');
      progress('done', rows, file.sizeBytes);
      events.emit('datasetsChanged', { reason: 'imported' });
      inbox.release(request.token);
      return { datasetId, name: request.name, rowCount: outcome.rows, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      if (conn.inTransaction) conn.exec('ROLLBACK');
      progress(state.cancelled ? 'cancelled' : 'failed', rows, 0);
      if (error instanceof ImportFailure) throw error.appError;
      throw error;
    } finally {
      conn.close();
    }
  }
}

interface StreamOutcome {
  header: string[];
  rows: number;
  errors: ErrorList;
  titles: Set<string>;
  areas: Set<string>;
}

function streamRows(
  conn: Sqlite,
  request: ParsedImportRequest,
  path: string,
  datasetId: string,
  state: { cancelled: boolean },
  onProgress: (rows: number, bytesRead: number) => void,
): Promise<StreamOutcome> {
  const insert = conn.prepare(INSERT_RECORD);
  const outcome: StreamOutcome = { header: [], rows: 0, errors: new ErrorList(), titles: new Set(), areas: new Set() };
  /** Made from the header row, which comes first. */
  let check: RowCheck | null = null;
  let rowNumber = 0;
  let bytesRead = 0;
  let lastProgress = 0;
  let failure: unknown = null;

  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  input.on('data', (chunk) => (bytesRead += chunk.length));
  const text = input.pipe(decodeStream(request.encoding));

  const write = (r: SalaryRecordInput) => {
    insert.run(datasetId, r.rowNumber, r.title, r.level, r.area, r.year, r.base, r.bonus, r.equity, r.total, r.yearsExperience, r.date, r.currency, r.note);
  };

  const handleRows = (data: string[][], parseErrors: Papa.ParseError[]) => {
    const badRows = new Map<number, string>();
    for (const e of parseErrors) if (e.row !== undefined) badRows.set(e.row, e.message);
    for (let i = 0; i < data.length; i++) {
      const cells = data[i] as string[];
      rowNumber += 1;
      if (rowNumber === 1) {
        outcome.header = cells;
        const width = cells.length;
        const outside = Object.entries(request.mapping).filter(([, index]) => (index ?? 0) >= width);
        if (outside.length > 0) {
          throw new ImportFailure(
            new AppError('VALIDATION', `The file's header has ${width} columns; the mapping uses column(s) ${outside.map(([, i]) => (i ?? 0) + 1).join(', ')}.`),
          );
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
      // After the first error nothing more is written (it will be rolled back anyway), but
      // every row is still checked so the user sees all the problems at once.
      if (outcome.errors.total > 0) continue;
      write(result);
      outcome.titles.add(result.title);
      outcome.areas.add(result.area);
    }
  };

  return new Promise<StreamOutcome>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      input.destroy();
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
        if (state.cancelled) {
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
        const t = performance.now();
        if (t - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = t;
          onProgress(outcome.rows, bytesRead);
        }
      },
      complete: finish,
      error(error) {
        failure = error;
        finish();
      },
    });
  });
}

interface DatasetWrite {
  datasetId: string;
  request: ParsedImportRequest;
  fileName: string;
  sha256: string;
  at: Date;
  rows: number;
  titles: number;
  areas: number;
}

/** First in the transaction: every record refers to it. The provenance is filled in at the end. */
function insertDataset(conn: Sqlite, datasetId: string, name: string, fileName: string, at: Date): void {
  const importedAt = at.toISOString();
  conn
    .prepare(
      `INSERT INTO salary_datasets (id, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
       VALUES (?, ?, 'You (imported file)', 'Your own data', ?, NULL, 1, 0, 'user', '', ?)`,
    )
    .run(datasetId, name, `File ${fileName}, imported ${importedAt.slice(0, 10)}`, importedAt);
}

function writeImport(conn: Sqlite, w: DatasetWrite): void {
  const importedAt = w.at.toISOString();
  const provenance = [
    `## ${w.request.name}`,
    '',
    `Imported by you from the file ${w.fileName} on ${importedAt.slice(0, 10)}: ${w.rows.toLocaleString('en-US')} rows`,
    `(${w.request.encoding}, delimiter ${JSON.stringify(w.request.delimiter)}, SHA-256 ${w.sha256}).`,
    w.request.note ? `\nYour note: ${w.request.note}` : '',
  ].join('\n');
  conn.prepare('UPDATE salary_datasets SET provenance = ? WHERE id = ?').run(provenance.trim(), w.datasetId);
  conn
    .prepare(
      `INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note,
        encoding, delimiter, mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(w.datasetId, w.fileName, w.sha256, importedAt, w.rows, w.titles, w.areas, w.request.note, w.request.encoding, w.request.delimiter, JSON.stringify(w.request.mapping));
}

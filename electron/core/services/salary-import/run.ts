import { randomUUID } from 'node:crypto';
import type { ImportResult } from '@shared/domain/salary-import';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../../db/store';
import type { EventBus } from '../../events';
import type { FileInbox } from '../../files';
import type { JobRunner } from '../../jobs/job-runner';
import { findDuplicate } from './preview';
import type { JobProgress } from './progress';
import type { ParsedImportRequest } from './request';

/**
 * The longest the renderer goes without a progress event while an import runs. The worker reports
 * from inside every step, but a single SQLite statement (the sort merging its runs, the closing
 * checkpoint) keeps it silent for seconds with a big file; the main thread then repeats the last
 * progress with the time brought up to date, so the screen shows the import is still going.
 */
export const PROGRESS_HEARTBEAT_MS = 200;

export interface ImportDeps {
  db: Db;
  inbox: FileInbox;
  events: EventBus;
  jobs: JobRunner;
  now?: () => Date;
}

/**
 * The main thread's side of an import: checks the request, hands the file to the worker
 * (services/salary-import/import-job.ts does the parsing, checking and writing there), relays its
 * progress as events and turns a cancel into the worker's shared cancel flag.
 */
export class ImportRunner {
  private current: { token: string; cancel: Int32Array } | null = null;

  constructor(private readonly deps: ImportDeps) {}

  get busy(): boolean {
    return this.current !== null;
  }

  cancel(token: string): boolean {
    if (this.current?.token !== token) return false;
    Atomics.store(this.current.cancel, 0, 1);
    return true;
  }

  async run(request: ParsedImportRequest): Promise<ImportResult> {
    if (this.current) throw new AppError('CONFLICT', 'Another import is running: wait for it to finish or cancel it.');
    const cancelBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    this.current = { token: request.token, cancel: new Int32Array(cancelBuffer) };
    try {
      return await this.runOne(request, cancelBuffer);
    } finally {
      this.current = null;
    }
  }

  private async runOne(request: ParsedImportRequest, cancelBuffer: SharedArrayBuffer): Promise<ImportResult> {
    const { db, inbox, events, jobs } = this.deps;
    const now = this.deps.now ?? (() => new Date());
    const file = inbox.get(request.token);
    const sha256 = await inbox.sha256(request.token);
    const duplicate = findDuplicate(db, sha256);
    if (duplicate && !request.allowDuplicate) {
      throw new AppError(
        'CONFLICT',
        `${file.fileName} was already imported as “${duplicate.name}” on ${duplicate.importedAt.slice(0, 10)}. Import it again only if you want its rows twice.`,
      );
    }
    const started = performance.now();
    let last: { progress: JobProgress; at: number } | null = null;
    const relay = (progress: JobProgress) => {
      last = { progress, at: performance.now() };
      events.emit('importProgress', { token: request.token, ...progress });
    };
    const heartbeat = setInterval(() => {
      const now = performance.now();
      if (!last || now - last.at < PROGRESS_HEARTBEAT_MS || !['importing', 'sorting', 'committing'].includes(last.progress.phase)) return;
      relay({ ...last.progress, seconds: last.progress.seconds + (now - last.at) / 1000 });
    }, PROGRESS_HEARTBEAT_MS / 4);
    const job = {
      kind: 'import' as const,
      filePath: file.path,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      sha256,
      datasetKey: `user-${randomUUID()}`,
      importedAt: now().toISOString(),
      request,
      cancelBuffer,
    };
    // Read once, done or failed, the file is let go: an uploaded copy is deleted, and a retry
    // (after fixing the file) starts from choosing it again.
    const outcome = await jobs
      .write(job, relay)
      .finally(() => {
        clearInterval(heartbeat);
        inbox.release(request.token);
      });
    return { datasetId: outcome.datasetKey, name: request.name, rowCount: outcome.rowCount, seconds: (performance.now() - started) / 1000 };
  }
}

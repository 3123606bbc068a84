import type { ImportProgress } from '@shared/domain/salary-import';
import type { GroupKey, PercentileGroups } from '@shared/domain/salary-explorer';
import type { FieldIssue } from '@shared/ipc/result';
import type { ParsedImportRequest } from '../services/salary-import/request';

/** What the main thread hands a worker when it starts it. */
export interface WorkerSetup {
  dbFile: string;
  nativeBinding?: string;
  /** The WriterGate's shared memory: main-thread writes waiting for the lock. */
  gateBuffer: SharedArrayBuffer;
}

export interface ImportJob {
  kind: 'import';
  filePath: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  datasetKey: string;
  importedAt: string;
  request: ParsedImportRequest;
  /** One Int32 slot: set to 1 by the main thread to cancel. */
  cancelBuffer: SharedArrayBuffer;
}

export interface PurgeJob {
  kind: 'purge';
}

export interface PercentilesJob {
  kind: 'percentiles';
  datasetKey: string;
  groupBy: GroupKey[];
}

/** Copies the WAL back into the database file (the main connection never does it itself). */
export interface CheckpointJob {
  kind: 'checkpoint';
}

/** `PRAGMA quick_check` of a backup file, read-only: it reads the whole file, so not on the main thread. */
export interface QuickCheckJob {
  kind: 'quick-check';
  file: string;
}

/** Answers as soon as the worker has loaded: lets a host wait until a warm-up is done. */
export interface PingJob {
  kind: 'ping';
}

export type Job = ImportJob | PurgeJob | PercentilesJob | PingJob | CheckpointJob | QuickCheckJob;

export interface ImportOutcome {
  datasetKey: string;
  rowCount: number;
}

export interface PurgeOutcome {
  purgedDatasets: number;
  purgedRecords: number;
}

export interface JobOutcomes {
  import: ImportOutcome;
  purge: PurgeOutcome;
  percentiles: PercentileGroups;
  /** SQLite's report: ['ok'], or up to 5 problems. */
  'quick-check': string[];
  ping: true;
  checkpoint: true;
}

/** An error that crosses the thread boundary: an expected AppError keeps its code and issues. */
export interface JobError {
  code: string | null;
  message: string;
  issues?: FieldIssue[];
  stack?: string;
}

export type ToWorker = { id: number; job: Job };

export type FromWorker =
  | { id: number; type: 'progress'; progress: Omit<ImportProgress, 'token'> }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: JobError };

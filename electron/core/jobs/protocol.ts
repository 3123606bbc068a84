import type { ImportProgress } from '@shared/domain/salary-import';
import type { GroupKey, PercentileGroups } from '@shared/domain/salary-explorer';
import type { FieldIssue } from '@shared/ipc/result';
import type { ParsedImportRequest } from '../services/salary-import/request';
import type { ImportMode, PersonalDataImportResult, SectionCounts } from '@shared/domain/personal-data';
import type { FilePreview } from '../services/personal-data/file';

/** What the main thread hands a worker when it starts it. */
export interface WorkerSetup {
  dbFile: string;
  nativeBinding?: string;
  /** The WriterGate's shared memory: main-thread writes waiting for the lock. */
  gateBuffer: SharedArrayBuffer;
  /** The writer: its thread runs at a lower priority than the main thread's (jobs/thread-priority.ts). */
  background: boolean;
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
export interface QuickCheckFileJob {
  kind: 'quickCheckFile';
  file: string;
}

/** Answers as soon as the worker has loaded: lets a host wait until a warm-up is done. */
export interface PingJob {
  kind: 'ping';
}

/** Writes every personal row as one JSON file (a read transaction: one consistent moment). */
export interface PersonalExportJob {
  kind: 'personalExport';
  outFile: string;
  exportedAt: string;
  appVersion: string;
}

/** Checks a personal data file and counts its sections; writes nothing. */
export interface PersonalPreviewJob {
  kind: 'personalPreview';
  filePath: string;
  fileName: string;
}

/** Applies a personal data file in one transaction. */
export interface PersonalImportJob {
  kind: 'personalImport';
  filePath: string;
  fileName: string;
  mode: ImportMode;
  now: string;
}

/** `PRAGMA quick_check` on the worker's connection: the start-up check, off the main thread. */
export interface QuickCheckJob {
  kind: 'quickCheck';
}

export type Job =
  | ImportJob
  | PurgeJob
  | PercentilesJob
  | PingJob
  | CheckpointJob
  | QuickCheckJob
  | QuickCheckFileJob
  | PersonalExportJob
  | PersonalPreviewJob
  | PersonalImportJob;

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
  /** SQLite's report on a backup file: ['ok'], or up to 5 problems. */
  quickCheckFile: string[];
  ping: true;
  checkpoint: true;
  personalExport: SectionCounts;
  personalPreview: FilePreview;
  personalImport: PersonalDataImportResult;
  /** SQLite's findings: ['ok'] when the file is sound. */
  quickCheck: string[];
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

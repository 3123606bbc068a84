import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '@shared/ipc/result';
import { quickCheck as quickCheckFile } from '../db/backup-check';
import { isCorruptionError, type Sqlite } from '../db/open';
import { purgeHiddenDatasets } from '../services/datasets-purge';
import { runImportJob } from '../services/salary-import/import-job';
import { openImportConnection } from '../services/salary-import/connection';
import { datasetPercentiles } from '../services/salary-percentiles';
import { exportPersonalDataToFile, importPersonalDataFromFile, previewPersonalDataFile } from '../services/personal-data/file';
import type { FromWorker, Job, JobError, ToWorker, WorkerSetup } from './protocol';
import { lowerThisThreadPriority } from './thread-priority';
import { WriterGate } from './writer-gate';

// The core's worker thread: long writes (imports, purges) and heavy reads (grouped percentiles)
// run here on the worker's own connection, so the main thread's event loop never stalls on them.

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('jobs/worker.ts runs only as a worker thread');
const gate = new WriterGate(setup.gateBuffer);
if (setup.background) lowerThisThreadPriority();
let connection: Sqlite | null = null;
const conn = () => (connection ??= openImportConnection(setup.dbFile, { nativeBinding: setup.nativeBinding }, { busyTimeoutMs: 10_000 }));

const send = (message: FromWorker) => port.postMessage(message);

function toJobError(error: unknown): JobError {
  if (error instanceof AppError) return { code: error.code, message: error.message, issues: error.issues };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: null, message: e.message, stack: e.stack };
}

async function run(id: number, job: Job): Promise<unknown> {
  switch (job.kind) {
    case 'import': {
      const cancel = new Int32Array(job.cancelBuffer);
      return runImportJob(job, {
        conn: conn(),
        gate,
        cancelled: () => Atomics.load(cancel, 0) === 1,
        progress: (progress) => send({ id, type: 'progress', progress }),
      });
    }
    case 'purge':
      return purgeHiddenDatasets(conn(), gate);
    case 'percentiles':
      return datasetPercentiles(conn(), job.datasetKey, job.groupBy);
    case 'personalExport':
      return exportPersonalDataToFile(conn(), job.outFile, { exportedAt: job.exportedAt, appVersion: job.appVersion });
    case 'personalPreview':
      return previewPersonalDataFile(conn(), job.filePath, job.fileName);
    case 'personalImport': {
      gate.yieldToMain();
      const result = importPersonalDataFromFile(conn(), job.filePath, job.fileName, job.mode, new Date(job.now));
      conn().pragma('wal_checkpoint(PASSIVE)');
      return result;
    }
    case 'quickCheckFile':
      return quickCheckFile(job.file, { nativeBinding: setup.nativeBinding });
    case 'ping':
      return true;
    case 'checkpoint':
      conn().pragma('wal_checkpoint(PASSIVE)');
      return true;
    case 'quickCheck':
      return quickCheck();
  }
}

/** At most this many findings: enough to say what is wrong, small enough to log. */
const MAX_FINDINGS = 10;

function quickCheck(): string[] {
  try {
    const rows = conn().pragma(`quick_check(${MAX_FINDINGS})`) as Array<{ quick_check: string }>;
    return rows.map((r) => r.quick_check);
  } catch (error) {
    // A file too damaged to even walk fails the check with SQLite's own words.
    if (isCorruptionError(error)) return [error.message];
    throw error;
  }
}

port.on('message', ({ id, job }: ToWorker) => {
  run(id, job).then(
    (value) => send({ id, type: 'done', value }),
    (error: unknown) => send({ id, type: 'failed', error: toJobError(error) }),
  );
});

port.on('close', () => connection?.close());

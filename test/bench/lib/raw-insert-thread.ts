// Worker entry: P1's baseline at the priority the app gives its import's thread, so the ratio
// compares like with like on a busy machine (a baseline at normal priority would get more CPU).
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../../../electron/core/jobs/thread-priority';
import { rawInsert } from './raw-insert';

const { file, rows } = workerData as { file: string; rows: number };
lowerThisThreadPriority();
rawInsert(file, rows).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);

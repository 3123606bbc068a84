import path from 'node:path';
import { startTypeScriptWorker } from '../../../electron/core/jobs/spawn';

type Outcome = { ok: true; result: { seconds: number; cpuSeconds: number } } | { ok: false; message: string };

/** Runs P1's baseline (raw-insert.ts) on a worker thread of its own, at the import worker's priority. */
export function rawInsertOnThread(file: string, rows: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const worker = startTypeScriptWorker(path.join(import.meta.dirname, 'raw-insert-thread.ts'), { workerData: { file, rows } });
  return new Promise((resolve, reject) => {
    worker.once('message', (outcome: Outcome) => {
      void worker.terminate();
      if (outcome.ok) resolve(outcome.result);
      else reject(new Error(`the raw insert failed: ${outcome.message}`));
    });
    worker.once('error', reject);
  });
}

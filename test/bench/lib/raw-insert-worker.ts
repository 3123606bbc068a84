import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

type Outcome = { ok: true; result: { seconds: number; cpuSeconds: number } } | { ok: false; message: string };

/**
 * Runs P1's baseline (raw-insert.ts) on a worker thread of its own, at the import worker's priority.
 * The bench runs through tsx, which a worker does not inherit on Node 20: a bootstrap registers it.
 */
export function rawInsertOnThread(file: string, rows: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const here = import.meta.dirname;
  const target = pathToFileURL(path.join(here, 'raw-insert-thread.ts')).href;
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { file, rows } });
  return new Promise((resolve, reject) => {
    worker.once('message', (outcome: Outcome) => {
      void worker.terminate();
      if (outcome.ok) resolve(outcome.result);
      else reject(new Error(`the raw insert failed: ${outcome.message}`));
    });
    worker.once('error', reject);
  });
}

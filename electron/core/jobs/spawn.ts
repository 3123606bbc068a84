import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const here = fileURLToPath(import.meta.url);

/**
 * Starts the core's worker (jobs/worker.ts). Built (Electron), the worker is its own entry,
 * `worker.js`, beside the bundled main file this code is part of. From source (the web host and
 * tests run TypeScript through tsx), a worker cannot take tsx's loader from execArgv on Node 20,
 * so a two-line bootstrap registers tsx inside the worker and then imports the TypeScript file.
 */
export function startCoreWorker(options: WorkerOptions, builtScript?: string): Worker {
  // A built script wins even from source: the web host under test skips compiling the worker with tsx.
  if (builtScript) return new Worker(builtScript, options);
  if (!here.endsWith('.ts')) return new Worker(path.join(path.dirname(here), 'worker.js'), options);
  return startTypeScriptWorker(path.join(path.dirname(here), 'worker.ts'), options);
}

/** Runs a TypeScript file as a worker from source, through the two-line tsx bootstrap (see above). */
export function startTypeScriptWorker(file: string, options: WorkerOptions): Worker {
  const target = pathToFileURL(file).href;
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

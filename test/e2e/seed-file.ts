import path from 'node:path';
import { createCore } from '../../electron/core';

/** One router call, as the renderer would send it over RPC. */
export interface SeedStep {
  method: string;
  input?: unknown;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Applies the steps to a database file through the core's router, before any host has it open:
 * the same calls and validation as seeding over RPC, without a page reacting to every write.
 * Bundled by the global setup (build-web-host.ts) beside the web host, at the same depth below
 * the repo root, so REPO_ROOT holds there too.
 */
export async function seedFile(dbFile: string, steps: readonly SeedStep[]): Promise<void> {
  const core = await createCore({
    dbFile,
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    host: 'web',
    version: '0.0.0-e2e-seed',
    workerScript: path.join(REPO_ROOT, 'out', 'main', 'worker.js'),
  });
  try {
    for (const step of steps) {
      const result = await core.router.dispatch(step.method, step.input);
      if (!result.ok) throw new Error(`${step.method} failed: ${JSON.stringify(result.error)}`);
    }
    await core.jobs.idle();
  } finally {
    await core.jobs.close();
    core.close();
  }
}

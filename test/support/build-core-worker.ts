import path from 'node:path';
import { REPO_ROOT, bundleForNode } from './node-bundle';

const OUT_DIR = path.join(REPO_ROOT, 'out', 'test-core-worker');

/**
 * vitest's global setup (unit project): bundles the core's worker thread (jobs/worker.ts) once,
 * as the Electron build does, and tells the tests' cores to start it (CORE_WORKER_BUNDLE, read
 * by temp-core.ts and skills-core.ts). From source every core's two worker threads compiled
 * worker.ts's imports through tsx first: salary/import.test.ts (22 cores) took 358 s that way
 * and 176 s with a built worker at a load average of 12–21 on 2 cores.
 */
export default async function buildCoreWorker(): Promise<void> {
  await bundleForNode(path.join(REPO_ROOT, 'electron', 'core', 'jobs', 'worker.ts'), OUT_DIR);
  process.env.CORE_WORKER_BUNDLE = path.join(OUT_DIR, 'worker.js');
}

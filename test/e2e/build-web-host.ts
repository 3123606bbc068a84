import path from 'node:path';
import { REPO_ROOT, bundleForNode } from '../support/node-bundle';

const OUT_DIR = path.join(REPO_ROOT, 'out', 'web-host');

/**
 * Playwright's global setup: bundles the web host (electron/web-host/cli.ts and the core it
 * imports), as the Electron build bundles main, and tells the tests to start that; and the core
 * for seeding a database file before its host starts (seed-file.ts).
 * Loading the TypeScript sources through tsx took 6–12 s per host at a load average of 7 on 2
 * cores, and every test starts one; the bundle starts in 1.5–4 s (~2 s to build, every run).
 */
export default async function buildWebHost(): Promise<void> {
  // cli.js for startHost, seed-file.js for seedBeforeStart. Both sit two folders below the repo
  // root, like their sources: their repo-relative paths hold.
  await bundleForNode({ cli: path.join(REPO_ROOT, 'electron', 'web-host', 'cli.ts'), 'seed-file': path.join(REPO_ROOT, 'test', 'e2e', 'seed-file.ts') }, OUT_DIR);
  process.env.WEB_HOST_BUNDLE = path.join(OUT_DIR, 'cli.js');
  process.env.E2E_SEED_BUNDLE = path.join(OUT_DIR, 'seed-file.js');
}

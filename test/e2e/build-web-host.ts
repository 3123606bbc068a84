import path from 'node:path';
import { build } from 'vite';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

const OUT_DIR = path.join(REPO_ROOT, 'out', 'web-host');

/**
 * Playwright's global setup: bundles the web host (electron/web-host/cli.ts and the core it
 * imports), as the Electron build bundles main, and tells the tests to start that; and the core
 * for seeding a database file before its host starts (seed-file.ts).
 * Loading the TypeScript sources through tsx took 6–12 s per host at a load average of 7 on 2
 * cores, and every test starts one; the bundle starts in 1.5–4 s. Rebuilt on every run (~2 s),
 * so it is never older than the sources.
 */
export default async function buildWebHost(): Promise<void> {
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(REPO_ROOT, 'shared') } },
    build: {
      // An SSR build leaves node_modules (better-sqlite3, drizzle, zod…) as imports, resolved from the repo.
      ssr: true,
      // cli.js for startHost, seed-file.js for seedBeforeStart. Both sit two folders below the repo
      // root, like their sources: their repo-relative paths hold.
      rollupOptions: {
        input: { cli: path.join(REPO_ROOT, 'electron', 'web-host', 'cli.ts'), 'seed-file': path.join(REPO_ROOT, 'test', 'e2e', 'seed-file.ts') },
      },
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
    },
  });
  process.env.WEB_HOST_BUNDLE = path.join(OUT_DIR, 'cli.js');
  process.env.E2E_SEED_BUNDLE = path.join(OUT_DIR, 'seed-file.js');
}

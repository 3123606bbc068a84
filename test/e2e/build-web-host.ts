import path from 'node:path';
import { build } from 'vite';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the bundled web host goes; `startHost` runs it when the e2e run says so (WEB_HOST_BUNDLE). */
export const WEB_HOST_BUNDLE = path.join(REPO_ROOT, 'out', 'web-host', 'cli.js');

/**
 * Playwright's global setup: bundles the web host (electron/web-host/cli.ts and the core it
 * imports) into one file, as the Electron build bundles main, and tells the tests to start that.
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
      ssr: path.join(REPO_ROOT, 'electron', 'web-host', 'cli.ts'),
      // out/web-host/cli.js sits two folders below the repo root, like cli.ts: its repo-relative paths hold.
      outDir: path.dirname(WEB_HOST_BUNDLE),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
    },
  });
  process.env.WEB_HOST_BUNDLE = WEB_HOST_BUNDLE;
}

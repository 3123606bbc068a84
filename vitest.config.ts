import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { contractNamesPlugin } from './scripts/contract-names-plugin.mjs';

// Tests wait on conditions, not on time; these limits only stop a hung test. They are generous
// because the suite must pass on a busy 2-core machine, where starting a core's worker thread
// (TypeScript compiled on the fly from source) can take seconds.
/** `@shared/…` is the repo's shared/ folder (the same alias as tsconfig.base.json). */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

export default defineConfig({
  test: {
    // Bundles the core's worker thread once, for the unit and DOM tests' cores (test/support/build-core-worker.ts).
    globalSetup: ['test/support/build-core-worker.ts'],
    // One test file per core, and at least two: the files spend much of their time waiting (on a
    // core's worker threads, child processes, the disk), so on 2 cores vitest's default of one
    // worker (cores − 1) left a core idle: the suite took 588 s with one worker, 348 s with two.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: process.env.CI_JSON_REPORT ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]] : ['default'],
    projects: [
      {
        // The preload (test/unit/main/preload.test.ts) imports virtual:contract-names.
        plugins: [contractNamesPlugin()],
        resolve: resolveShared,
        test: {
          name: 'unit',
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: ['test/unit/**/*.test.ts'],
          pool: 'forks',
        },
      },
      {
        // The renderer's web client imports virtual:contract-names too.
        plugins: [react(), contractNamesPlugin()],
        resolve: resolveShared,
        test: {
          name: 'dom',
          environment: 'jsdom',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: ['test/dom/**/*.test.tsx'],
          setupFiles: ['test/dom/setup.ts'],
        },
      },
    ],
  },
});

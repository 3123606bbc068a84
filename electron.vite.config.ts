import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contractNamesPlugin } from './scripts/contract-names-plugin.mjs';

/**
 * The dev server's React refresh needs an inline script, which the strict CSP in index.html
 * forbids. Allow it while serving only; built files keep script-src 'self'.
 */
const devServerCsp: Plugin = {
  name: 'trajectory-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
};

/** `@shared/…` is the repo's shared/ folder in every process (the same alias as tsconfig.base.json). */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      externalizeDeps: { include: ['better-sqlite3'] },
      // The core's worker thread is its own entry (out/main/worker.js), started by core/jobs/spawn.ts.
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          worker: resolve(import.meta.dirname, 'electron/core/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    // The preload gets the contract's names from virtual:contract-names, never the zod contract.
    plugins: [contractNamesPlugin()],
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), devServerCsp],
    resolve: resolveShared,
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});

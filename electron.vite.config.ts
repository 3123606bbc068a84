import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { withContentSecurityPolicy } from './electron/core/static-files';
import { bundleReportPlugins } from './scripts/bundle-report-plugin.mjs';
import { contractNamesPlugin } from './scripts/contract-names-plugin.mjs';

/** index.html's CSP meta tag gets the policy the hosts send as a header: one definition. */
const rendererCsp: Plugin = {
  name: 'trajectory-csp',
  transformIndexHtml: { order: 'pre', handler: (html, context) => withContentSecurityPolicy(html, context.server !== undefined) },
};

/** `@shared/…` is the repo's shared/ folder in every process (the same alias as tsconfig.base.json). */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

/** `npm run bundle:report` (BUNDLE_REPORT=1): what each renderer chunk holds (rollup-plugin-visualizer), in bench/ (not in git). */
const bundleReport =
  process.env.BUNDLE_REPORT === '1'
    ? bundleReportPlugins({
        json: resolve(import.meta.dirname, 'bench/bundle-report.json'),
        html: resolve(import.meta.dirname, 'bench/bundle-report.html'),
        projectRoot: import.meta.dirname,
      })
    : [];

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
    // The renderer, like the preload, builds its api from the contract's names, not its zod schemas.
    plugins: [react(), rendererCsp, contractNamesPlugin(), ...bundleReport],
    resolve: resolveShared,
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // .vite/manifest.json: which chunks the first screen loads, checked against its size budget.
      manifest: true,
      // electron-vite leaves the renderer unminified; every window parses this code before it shows anything.
      minify: true,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        // zod's builders have no side effects: a schema nothing uses is dropped with its module's other unused code.
        treeshake: { manualPureFunctions: ['z'] },
        // Everything the entry imports statically in the entry's one file: the first screen is one
        // request, not five (a browser opens only six connections to the web host).
        output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      },
    },
  },
});

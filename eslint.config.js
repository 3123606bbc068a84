// @ts-check
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const nodeResolver = createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] });
/** The node resolver, taught the `@shared/…` alias of tsconfig.base.json, so layering zones see through it. */
const resolver = {
  ...nodeResolver,
  name: 'node-with-shared-alias',
  /** @param {string} source @param {string} file */
  resolve: (source, file) =>
    nodeResolver.resolve(source.startsWith('@shared/') ? path.join(repoRoot, 'shared', source.slice('@shared/'.length)) : source, file),
};

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream'];

/** @param {string[]} names @param {string} why */
const banned = (names, why) => names.map((name) => ({ group: [name, `${name}/*`], message: why }));

export default tseslint.config(
  { ignores: ['out/**', 'bench/**', 'dist/**', '.cache/**', 'node_modules/**', 'resources/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Resolve extension-less imports of .ts/.tsx files (and @shared/…) so path zones can see them.
      'import-x/resolver-next': [resolver],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The layering (docs/ARCHITECTURE.md): each zone lists the folders its files must never import from.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./electron', './renderer', './test'], message: 'shared/ imports only shared/ and zod.' },
            { target: './electron/core', from: ['./electron/main', './electron/preload', './electron/web-host', './renderer'], message: 'core never imports main, preload, the web host or the renderer.' },
            { target: './electron/main', from: ['./renderer', './electron/web-host', './electron/preload'], message: 'main does not import the renderer, the web host or the preload.' },
            { target: './electron/preload', from: ['./electron/core', './electron/main', './electron/web-host', './renderer', './shared/domain'], message: 'the preload imports only electron and shared/ipc.' },
            { target: './electron/preload', from: ['./shared/ipc/contract.ts', './shared/ipc/methods.ts'], message: 'the preload takes the names from virtual:contract-names; the contract would bundle zod and every schema.' },
            { target: './electron/web-host', from: ['./electron/main', './electron/preload', './renderer'], message: 'the web host imports core and shared only.' },
            { target: './renderer', from: ['./electron'], message: 'the renderer talks to main only through the api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...banned(nodeBuiltins, 'shared/ runs in every process: no Node APIs.'),
        ...banned(['electron', 'react', 'react-dom', 'drizzle-orm', 'better-sqlite3', 'zustand', 'chart.js', 'papaparse'], 'shared/ imports only shared/ and zod (and date-fns, which is pure).'),
      ] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web-host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: banned(['electron', 'react', 'react-dom', 'zustand', 'chart.js'], 'core and the web host run under plain Node: no Electron, no UI.') }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...banned(nodeBuiltins, 'a sandboxed preload has no Node APIs.'),
        ...banned(['better-sqlite3', 'drizzle-orm', 'react', 'zod'], 'the preload only bridges the contract.'),
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        ...banned(nodeBuiltins, 'the renderer is sandboxed: no Node APIs.'),
        ...banned(['electron', 'better-sqlite3', 'drizzle-orm'], 'the renderer reaches main only through window.api.'),
      ] }],
    },
  },
);

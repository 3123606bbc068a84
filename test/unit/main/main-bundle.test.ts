import { resolveConfig } from 'electron-vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_BUNDLED_DEPENDENCIES } from '../../../scripts/main-bundled-deps.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let chunks: Rolldown.OutputChunk[] = [];

// Builds the main process and the worker threads' code exactly as `electron-vite build` does
// (same config file), in memory.
beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { config } = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production');
    const main = config?.main;
    if (!main) throw new Error('electron.vite.config.ts has no main config');
    const output = await build({ ...main, logLevel: 'silent', build: { ...main.build, write: false } });
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  } finally {
    // electron-vite's resolveConfig sets NODE_ENV for the build; leave the test process as it was.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

describe('main process bundle', () => {
  it('has the main process and the worker as entries', () => {
    expect(chunks.filter((c) => c.isEntry).map((c) => c.name).sort()).toEqual(['index', 'worker']);
  });

  it('loads from node_modules only what cannot be bundled: each thread would load a package’s every file again', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const loaded = new Set(chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]).filter((id) => !builtins.has(id) && !chunks.some((c) => c.fileName === id)));
    expect([...loaded].sort()).toEqual(['better-sqlite3', 'electron']);
  });

  it('bundles the packages it names, as far as the core uses them', () => {
    const modules = chunks.flatMap((c) => c.moduleIds).map((id) => id.replaceAll('\\', '/'));
    for (const dependency of MAIN_BUNDLED_DEPENDENCIES) expect(modules.some((id) => id.includes(`/node_modules/${dependency}/`)), dependency).toBe(true);
    // Only the functions the core calls, not the package's index of every one.
    expect(modules.filter((id) => id.includes('/node_modules/date-fns/')).length).toBeLessThan(40);
  });
});

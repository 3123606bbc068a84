import { resolveConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { METHOD_PATHS } from '@shared/ipc/methods';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let chunk: Rolldown.OutputChunk;

// Builds the preload exactly as `electron-vite build` does (same config file, same plugins),
// in memory: the preload alone takes about a second, unlike the full build.
beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { config } = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production');
    const preload = config?.preload;
    if (!preload) throw new Error('electron.vite.config.ts has no preload config');
    const output = await build({ ...preload, logLevel: 'silent', build: { ...preload.build, write: false } });
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    expect(chunks).toHaveLength(1);
    chunk = chunks[0] as Rolldown.OutputChunk;
  } finally {
    // electron-vite's resolveConfig sets NODE_ENV for the build; leave the test process as it was.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
});

describe('preload bundle', () => {
  it('carries no zod and no domain schema, only the bridging code and the channel names', () => {
    const modules = chunk.moduleIds.map((id) => id.replace(root, '').replaceAll('\\', '/'));
    expect(modules.filter((id) => /node_modules|shared\/domain|shared\/ipc\/(contract|methods)/.test(id))).toEqual([]);
    expect(chunk.code).not.toMatch(/\bzod\b|ZodError|safeParse/);
  });

  it('stays small', () => {
    expect(Buffer.byteLength(chunk.code)).toBeLessThan(10_000);
  });

  it('names every contract method, as written in the contract', () => {
    for (const path of METHOD_PATHS) expect(chunk.code).toContain(JSON.stringify(path));
  });
});

import { resolveConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksBefore, FIRST_SCREEN, FIRST_SCREEN_BUDGET, gzipSizes, type Manifest } from '../support/first-screen';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = new Map<string, string | Uint8Array>();
/** Each chunk's source modules, by file name. */
const modules = new Map<string, readonly string[]>();

// Builds the renderer as `electron-vite build` does (same config), in memory. A size is the same
// on any machine, so this is a deterministic check, not a timing.
beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { config } = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production');
    const renderer = config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer config');
    const output = await build({ ...renderer, logLevel: 'silent', build: { ...renderer.build, write: false } });
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    for (const item of outputs.flatMap((o) => o.output)) {
      files.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
      if (item.type === 'chunk') modules.set(item.fileName, item.moduleIds);
    }
  } finally {
    // electron-vite's resolveConfig sets NODE_ENV for the build; leave the test process as it was.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
});

const read = (file: string) => {
  const content = files.get(file);
  if (content === undefined) throw new Error(`the build has no ${file}`);
  return Buffer.from(content);
};

describe('renderer bundle', () => {
  it(`loads at most ${FIRST_SCREEN_BUDGET / 1024} KB of gzipped JS before the dashboard shows`, () => {
    const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest;
    const sizes = gzipSizes(chunksBefore(manifest, FIRST_SCREEN), read);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(total, `first-screen chunks (gzip bytes): ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  });

  it('counts the shell and the dashboard in what the first screen loads', () => {
    const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest;
    const loaded = chunksBefore(manifest, FIRST_SCREEN).flatMap((file) => modules.get(file) ?? []);
    for (const source of FIRST_SCREEN) expect(loaded.some((id) => id.endsWith(`/renderer/${source}`)), source).toBe(true);
  });

  it('keeps chart.js, dnd-kit and the graph layout out of the first screen', () => {
    const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest;
    const first = chunksBefore(manifest, FIRST_SCREEN).map((file) => read(file).toString('utf8')).join('\n');
    // A message or name each library keeps in minified code: chart.js, dnd-kit, dagre.
    expect(first).not.toContain('Failed to create chart');
    expect(first).not.toContain('DndDescribedBy');
    expect(first).not.toContain('network-simplex');
  });

  it('keeps zod and the contract schemas out of the first screen (forms load them when first sent)', () => {
    const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest;
    // The names zod gives its schema classes survive minifying.
    const withZod = chunksBefore(manifest, FIRST_SCREEN).filter((file) => /\$Zod(String|Object)\b/.test(read(file).toString('utf8')));
    expect(withZod).toEqual([]);
  });
});

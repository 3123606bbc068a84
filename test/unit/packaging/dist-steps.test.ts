import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_ELECTRON_MESSAGE, runDist, type Step } from '../../../scripts/packaging/dist-steps';

const repoRoot = path.resolve('/work/repo');
const electronDir = path.join(repoRoot, 'node_modules', 'electron');
const binary = path.join(electronDir, 'dist', 'electron');

/** `npm run dist` with every command recorded instead of run; `exit` decides each one's exit code. */
async function dist(options: { files: string[]; exit?: (step: Step) => number }) {
  const ran: Step[] = [];
  const logged: string[] = [];
  const files = new Set(options.files);
  const status = await runDist({
    repoRoot,
    nodePath: '/usr/bin/node',
    run: (step) => {
      ran.push(step);
      return Promise.resolve(options.exit?.(step) ?? 0);
    },
    exists: (file) => files.has(file),
    readText: (file) => (file === path.join(electronDir, 'path.txt') ? 'electron\n' : ''),
    log: (message) => logged.push(message),
  });
  const scripts = ran.map((step) => path.relative(repoRoot, step.args[0] ?? ''));
  return { status, ran, scripts, logged };
}

const installed = [path.join(electronDir, 'path.txt'), binary];

describe('npm run dist', () => {
  it('installs what is missing, builds, then runs electron-builder with the config, publishing nothing', async () => {
    const { status, ran, scripts } = await dist({ files: installed });
    expect(status).toBe(0);
    expect(scripts).toEqual([
      path.join('scripts', 'electron-native.mjs'),
      path.join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      path.join('node_modules', 'electron-builder', 'cli.js'),
    ]);
    expect(ran.every((step) => step.command === '/usr/bin/node')).toBe(true);
    expect(ran[1]?.args.slice(1)).toEqual(['build']);
    expect(ran[2]?.args.slice(1)).toEqual(['--config', 'electron-builder.config.ts', '--publish', 'never']);
  });

  it('without the Electron binary (offline first run): stops after electron-native with the message', async () => {
    const offline = await dist({ files: [], exit: (step) => (step.args[0]?.endsWith('electron-native.mjs') ? 1 : 0) });
    expect(offline.status).toBe(1);
    expect(offline.scripts).toEqual([path.join('scripts', 'electron-native.mjs')]);
    expect(offline.logged).toContain(MISSING_ELECTRON_MESSAGE);
  });

  it('a path.txt without its binary is no binary: nothing is built', async () => {
    const { status, scripts, logged } = await dist({ files: [path.join(electronDir, 'path.txt')] });
    expect(status).toBe(1);
    expect(scripts).toHaveLength(1);
    expect(logged).toContain(MISSING_ELECTRON_MESSAGE);
  });

  it('stops at a failed build, with its exit code', async () => {
    const { status, scripts } = await dist({ files: installed, exit: (step) => (step.args[1] === 'build' ? 2 : 0) });
    expect(status).toBe(2);
    expect(scripts).toHaveLength(2);
  });
});

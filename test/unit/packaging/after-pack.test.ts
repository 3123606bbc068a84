import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AfterPackContext, FileSet } from 'electron-builder';
import { FuseV1Options, type FuseConfig } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import config from '../../../electron-builder.config';

const flipped = vi.hoisted(() => ({ calls: [] as Array<{ binary: string; fuses: FuseConfig }> }));

vi.mock('@electron/fuses', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@electron/fuses')>();
  return {
    ...actual,
    flipFuses: (binary: string, fuses: FuseConfig) => {
      flipped.calls.push({ binary, fuses });
      return Promise.resolve(0);
    },
  };
});

type Platform = 'linux' | 'win32' | 'darwin';

const made: string[] = [];

/** A packed app's folder as electron-builder leaves it before afterPack, with the extra resources in place. */
function packedApp(platform: Platform, withResources = true) {
  const appOutDir = mkdtempSync(path.join(tmpdir(), `trajectory-packed-${platform}-`));
  made.push(appOutDir);
  const resourcesDir = platform === 'darwin' ? path.join(appOutDir, 'Trajectory.app', 'Contents', 'Resources') : path.join(appOutDir, 'resources');
  if (withResources) {
    for (const resource of config.extraResources as FileSet[]) {
      const target = path.join(resourcesDir, resource.to ?? '');
      mkdirSync(path.dirname(target), { recursive: true });
      if (target.endsWith('.node')) writeFileSync(target, 'native');
      else mkdirSync(target, { recursive: true });
    }
  }
  const packager = { appInfo: { productFilename: 'Trajectory' }, ...(platform === 'linux' ? { executableName: 'trajectory' } : {}) };
  // Only the fields the hook reads; the rest of electron-builder's context is irrelevant to it.
  const context = { appOutDir, electronPlatformName: platform, packager } as unknown as AfterPackContext;
  return { appOutDir, context };
}

async function runHook(context: AfterPackContext): Promise<void> {
  const hook = config.afterPack;
  if (typeof hook !== 'function') throw new Error('afterPack is not a function');
  await hook(context);
}

describe('the afterPack hook', () => {
  beforeEach(() => {
    flipped.calls = [];
    vi.stubEnv('TRAJECTORY_TEST_BUILD', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['linux', 'trajectory'],
    ['win32', 'Trajectory.exe'],
    ['darwin', 'Trajectory.app'],
  ] as const)('flips the release fuses of the %s binary (%s)', async (platform, binary) => {
    const { appOutDir, context } = packedApp(platform);
    await runHook(context);
    expect(flipped.calls).toHaveLength(1);
    expect(flipped.calls[0]?.binary).toBe(path.join(appOutDir, binary));
    const fuses = flipped.calls[0]?.fuses;
    expect(fuses?.[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses?.[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses?.[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses?.resetAdHocDarwinSignature).toBe(platform === 'darwin');
  });

  it('keeps the inspect fuse on in a test build', async () => {
    vi.stubEnv('TRAJECTORY_TEST_BUILD', '1');
    const { context } = packedApp('linux');
    await runHook(context);
    expect(flipped.calls[0]?.fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect(flipped.calls[0]?.fuses[FuseV1Options.RunAsNode]).toBe(false);
  });

  it('refuses a package without the native build, data or migrations, before touching the binary', async () => {
    const { context } = packedApp('linux', false);
    await expect(runHook(context)).rejects.toThrow(/lacks native\/better_sqlite3\.node, data, migrations .*npm start/);
    expect(flipped.calls).toEqual([]);
  });
});

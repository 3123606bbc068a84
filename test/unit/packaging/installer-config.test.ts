import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileSet } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config, { nativeKeyPattern } from '../../../electron-builder.config';
import { bundledDataDir, bundledMigrationsDir } from '../../../electron/core/resource-layout';
import { resolveAppPaths } from '../../../electron/main/app-paths';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const version = (pkg: string): string =>
  (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** electron-builder's own pattern matching (the filter it copies the app's files with). */
type Filter = (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }) => boolean;
const { FileMatcher } = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher.js') as {
  FileMatcher: new (from: string, to: string, expand: (pattern: string) => string, patterns: string[]) => { createFilter(): Filter };
};

function packs(relative: string): boolean {
  const filter = new FileMatcher(repoRoot, '/app', (p) => p, [...(config.files as string[])]).createFilter();
  const file = path.join(repoRoot, relative);
  const stat = { isDirectory: () => false, ...(relative.startsWith('node_modules/') ? { moduleFullFilePath: relative } : {}) };
  return filter(file, stat);
}

/** electron-builder's own loader (jiti for a .ts config) and schema check, as `electron-builder --config` runs them. */
const builderConfig = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
  getConfig: (projectDir: string, configPath: string, fromOptions: null) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, debugLogger: { isEnabled: boolean; add(): void }) => Promise<void>;
};

const targetsOf = (platform: unknown): string[] => {
  const target = (platform as { target?: unknown } | undefined)?.target;
  return Array.isArray(target) ? target.map(String) : [];
};

describe('electron-builder.config.ts', () => {
  it('is loaded and accepted by electron-builder itself', async () => {
    const loaded = await builderConfig.getConfig(repoRoot, 'electron-builder.config.ts', null);
    await expect(builderConfig.validateConfiguration(loaded, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    expect(loaded.extraResources).toEqual(config.extraResources);
    expect(loaded.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(config.appId).toBe('app.trajectory.desktop');
    expect(config.productName).toBe('Trajectory');
  });

  it('never rebuilds native modules, packs the JS into app.asar and reuses the installed Electron', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
    expect(config.electronDist).toBe('node_modules/electron/dist');
    expect(config.afterPack).toBeTypeOf('function');
  });

  it('packs the built app and its runtime packages, and no sources, tests, docs or scripts', () => {
    const packed = ['out/main/index.js', 'out/main/worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-x.js', 'package.json'];
    for (const file of packed) expect(packs(file), file).toBe(true);
    const runtime = ['node_modules/drizzle-orm/index.js', 'node_modules/better-sqlite3/lib/database.js', 'node_modules/better-sqlite3/package.json'];
    for (const file of runtime) expect(packs(file), file).toBe(true);
    const left = [
      'electron/main/index.ts',
      'electron/core/jobs/worker.ts',
      'renderer/src/main.tsx',
      'renderer/index.html',
      'shared/ipc/contract.ts',
      'test/unit/router.test.ts',
      'test/e2e/salary.spec.ts',
      'docs/ARCHITECTURE.md',
      'README.md',
      'scripts/dist.ts',
      'scripts/electron-native.mjs',
      'electron-builder.config.ts',
      'resources/data/skills.json',
      'resources/migrations/0000_init.sql',
      '.native/electron-41.7.1-bs3-12.11.1-linux-x64/better_sqlite3.node',
      // better-sqlite3's Node build and C sources: the Electron build is an extra resource.
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    ];
    for (const file of left) expect(packs(file), file).toBe(false);
  });

  it('puts the native build, data and migrations exactly where the packaged app looks for them', () => {
    const resourcesPath = path.resolve('/opt/Trajectory/resources');
    const packaged = resolveAppPaths({
      mainDir: path.join(resourcesPath, 'app.asar', 'out', 'main'),
      isPackaged: true,
      userDataDir: path.resolve('/home/u/.config/Trajectory'),
      resourcesPath,
      nativeKey: () => {
        throw new Error('not asked when packaged');
      },
    });
    const resources = config.extraResources as FileSet[];
    const installedAt = resources.map((r) => path.join(resourcesPath, r.to ?? ''));
    expect(installedAt).toEqual([packaged.nativeBinding, bundledDataDir(packaged.resourcesDir), bundledMigrationsDir(packaged.resourcesDir)]);
  });

  it('takes them from the .native build for the packed platform and arch, and from resources/', () => {
    const resources = config.extraResources as FileSet[];
    const froms = resources.map((r) => r.from ?? '');
    // electron-builder expands ${platform} to process.platform and ${arch} to the packed arch.
    const expanded = (from: string) => from.replace('${platform}', process.platform).replace('${arch}', process.arch);
    const key = { electronVersion: version('electron'), bs3Version: version('better-sqlite3'), platform: process.platform, arch: process.arch };
    const inRepo = resolveAppPaths({ mainDir: path.join(repoRoot, 'out', 'main'), isPackaged: false, userDataDir: repoRoot, resourcesPath: repoRoot, nativeKey: () => key });
    expect(froms.map((from) => path.join(repoRoot, expanded(from)))).toEqual([
      inRepo.nativeBinding,
      bundledDataDir(inRepo.resourcesDir),
      bundledMigrationsDir(inRepo.resourcesDir),
    ]);
    expect(nativeKeyPattern()).toMatchObject({ platform: '${platform}', arch: '${arch}' });
    // The bundled folders exist in the repo (the native build appears after `npm start`).
    for (const from of froms.slice(1)) expect(existsSync(path.join(repoRoot, from)), from).toBe(true);
  });
});

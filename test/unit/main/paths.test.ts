import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nativeDirName, resolveAppPaths, type PathsInput } from '../../../electron/main/paths';
import * as lib from '../../../scripts/electron-native-lib.mjs';

vi.mock('electron', () => import('./fake-electron'));

const repo = path.resolve('/work/repo');
const key = { electronVersion: '41.7.1', bs3Version: '12.11.1', platform: 'linux', arch: 'x64' };
const input = (over: Partial<PathsInput>): PathsInput => ({
  mainDir: path.join(repo, 'out', 'main'),
  isPackaged: false,
  userDataDir: path.resolve('/home/u/.config/Trajectory'),
  resourcesPath: path.resolve('/opt/Trajectory/resources'),
  nativeKey: () => key,
  ...over,
});

describe('resolveAppPaths', () => {
  it('in the repo: resources/, out/renderer, out/preload/index.cjs and the .native build', () => {
    expect(resolveAppPaths(input({}))).toEqual({
      dbFile: path.resolve('/home/u/.config/Trajectory/trajectory.sqlite'),
      resourcesDir: path.join(repo, 'resources'),
      rendererDir: path.join(repo, 'out', 'renderer'),
      preloadPath: path.join(repo, 'out', 'preload', 'index.cjs'),
      nativeBinding: path.join(repo, '.native', 'electron-41.7.1-bs3-12.11.1-linux-x64', 'better_sqlite3.node'),
    });
  });

  it('packaged: resources and the native module come from process.resourcesPath', () => {
    const asar = path.resolve('/opt/Trajectory/resources/app.asar');
    const nativeKey = vi.fn(() => key);
    const paths = resolveAppPaths(input({ isPackaged: true, mainDir: path.join(asar, 'out', 'main'), nativeKey }));
    expect(paths.resourcesDir).toBe(path.resolve('/opt/Trajectory/resources'));
    expect(paths.nativeBinding).toBe(path.resolve('/opt/Trajectory/resources/native/better_sqlite3.node'));
    expect(paths.preloadPath).toBe(path.join(asar, 'out', 'preload', 'index.cjs'));
    expect(paths.rendererDir).toBe(path.join(asar, 'out', 'renderer'));
    // Packaged apps have no node_modules versions to look up.
    expect(nativeKey).not.toHaveBeenCalled();
  });
});

describe('the native build name', () => {
  it('is the same in main and in scripts/electron-native', () => {
    const keys = [key, { electronVersion: '42.0.0-beta.1', bs3Version: '12.2.0', platform: 'win32', arch: 'arm64' }];
    for (const k of keys) expect(nativeDirName(k)).toBe(lib.nativeDirName(k));
    expect(lib.nativePaths(repo, key).binding).toBe(resolveAppPaths(input({})).nativeBinding);
  });
});

import { app } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Identifies one Electron-ABI build of better-sqlite3; scripts/electron-native-lib.mjs uses the same name. */
export interface NativeKey {
  electronVersion: string;
  bs3Version: string;
  platform: string;
  arch: string;
}

export const nativeDirName = (key: NativeKey): string =>
  `electron-${key.electronVersion}-bs3-${key.bs3Version}-${key.platform}-${key.arch}`;

export const DATABASE_FILE_NAME = 'trajectory.sqlite';
export const NATIVE_FILE_NAME = 'better_sqlite3.node';

export interface AppPaths {
  dbFile: string;
  /** Holds data/ and migrations/. */
  resourcesDir: string;
  rendererDir: string;
  preloadPath: string;
  nativeBinding: string;
}

export interface PathsInput {
  /** Folder of the built main bundle: out/main (inside app.asar when packaged). */
  mainDir: string;
  isPackaged: boolean;
  userDataDir: string;
  /** process.resourcesPath; only meaningful when packaged. */
  resourcesPath: string;
  /** Only needed unpackaged, where the native build is named after its versions. */
  nativeKey: () => NativeKey;
}

/** Where everything lives, in the repo (dev and preview) and in a packaged app. */
export function resolveAppPaths(input: PathsInput): AppPaths {
  const outDir = path.resolve(input.mainDir, '..');
  const repoRoot = path.resolve(outDir, '..');
  return {
    dbFile: path.join(input.userDataDir, DATABASE_FILE_NAME),
    resourcesDir: input.isPackaged ? input.resourcesPath : path.join(repoRoot, 'resources'),
    rendererDir: path.join(outDir, 'renderer'),
    preloadPath: path.join(outDir, 'preload', 'index.cjs'),
    nativeBinding: input.isPackaged
      ? path.join(input.resourcesPath, 'native', NATIVE_FILE_NAME)
      : path.join(repoRoot, '.native', nativeDirName(input.nativeKey()), NATIVE_FILE_NAME),
  };
}

function installedVersion(repoRoot: string, pkg: string): string {
  const raw: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8'));
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (typeof version !== 'string') throw new Error(`node_modules/${pkg}/package.json has no version.`);
  return version;
}

/** The paths of the running app. */
export function currentAppPaths(mainDir: string): AppPaths {
  return resolveAppPaths({
    mainDir,
    isPackaged: app.isPackaged,
    userDataDir: app.getPath('userData'),
    resourcesPath: process.resourcesPath,
    nativeKey: () => ({
      electronVersion: process.versions.electron,
      bs3Version: installedVersion(path.resolve(mainDir, '..', '..'), 'better-sqlite3'),
      platform: process.platform,
      arch: process.arch,
    }),
  });
}

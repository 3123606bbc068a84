import path from 'node:path';

// Pure path decisions, free of the electron import, so the installer configuration
// (electron-builder.config.ts) places files exactly where the packaged app looks for them.

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

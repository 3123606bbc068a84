import { app } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAppPaths, type AppPaths } from './app-paths';

export * from './app-paths';

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

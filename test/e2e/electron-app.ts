import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Electron specs need what `npm start` prepares on a machine that can download: Electron's own
 * binary (node_modules/electron/path.txt) and the Electron build of better-sqlite3 (.native/).
 * Where either is missing (as on the CI machines), only the web-host project runs.
 */
export function electronIsAvailable(): boolean {
  const pathFile = path.join(REPO_ROOT, 'node_modules', 'electron', 'path.txt');
  const nativeDir = path.join(REPO_ROOT, '.native');
  if (!existsSync(pathFile) || !existsSync(nativeDir)) return false;
  const binary = path.join(REPO_ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) && readdirSync(nativeDir).some((d) => d.startsWith('electron-'));
}

export interface RunningDesktop {
  app: ElectronApplication;
  window: Page;
  close(): Promise<void>;
}

/** Launches the built app (out/main) with its data in `userDataDir`. */
export async function launchDesktop(userDataDir: string): Promise<RunningDesktop> {
  const app = await electron.launch({
    args: [path.join(REPO_ROOT, 'out', 'main', 'index.js')],
    cwd: REPO_ROOT,
    env: { ...process.env, TRAJECTORY_USER_DATA_DIR: userDataDir, ELECTRON_RENDERER_URL: '' },
  });
  const window = await app.firstWindow();
  return { app, window, close: () => app.close() };
}

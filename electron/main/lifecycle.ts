import { app, dialog, session, type BrowserWindow } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startCore, type StartedCore } from '../core/start';
import { createHostFiles } from './file-dialogs';
import { bindIpc, createSenderCheck, forwardEvents } from './ipc';
import { installMenu } from './menu';
import { createPdfExporter, type PdfExporter } from './pdf-export';
import { startUrl, trustedOrigins, type OriginEnv } from './origin';
import { currentAppPaths, type AppPaths } from './paths';
import { registerAppScheme, serveRendererFrom } from './protocol';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { createMainWindow, focusWindow } from './window';

/** What is alive, so quitting (or failing) can undo exactly that. */
interface AppState {
  window: BrowserWindow | null;
  core: StartedCore | null;
  teardown: Array<() => void>;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function shutdown(state: AppState): void {
  for (const undo of state.teardown.splice(0).reverse()) undo();
  const core = state.core;
  state.core = null;
  try {
    core?.close();
  } catch (error) {
    console.error('Closing the database failed:', error);
  }
}

/** Startup cannot go on (an incomplete installation, a bug): say why in words and exit. */
export function failStartup(state: AppState, error: unknown): void {
  console.error('Trajectory could not start:', error);
  dialog.showErrorBox('Trajectory could not start', messageOf(error));
  shutdown(state);
  // exit, not quit: nothing is worth saving and the exit code should say it failed.
  app.exit(1);
}

function checkNativeBinding(paths: AppPaths, isPackaged: boolean): void {
  if (existsSync(paths.nativeBinding)) return;
  throw new StartupError(
    isPackaged
      ? `This installation is incomplete (${paths.nativeBinding} is missing). Please reinstall Trajectory.`
      : `No Electron build of better-sqlite3 at ${paths.nativeBinding}. Start the app with "npm start" or "npm run dev": they build it once.`,
  );
}

async function openWindow(state: AppState, paths: AppPaths, origins: readonly string[], url: string, pdf: PdfExporter): Promise<void> {
  const window = createMainWindow({ preloadPath: paths.preloadPath, origins });
  state.window = window;
  window.on('closed', () => {
    if (state.window === window) state.window = null;
    // The hidden print window would keep 'window-all-closed' (and so quitting) from happening.
    pdf.release();
  });
  await window.loadURL(url);
}

async function start(state: AppState, mainDir: string, env: OriginEnv, origins: readonly string[]): Promise<void> {
  const paths = currentAppPaths(mainDir);
  checkNativeBinding(paths, env.isPackaged);
  denyAllPermissions(session.defaultSession);
  serveRendererFrom(paths.rendererDir);
  installMenu({ isDev: !env.isPackaged, isMac: process.platform === 'darwin' });

  mkdirSync(path.dirname(paths.dbFile), { recursive: true });
  const url = startUrl(env);
  const pdf = createPdfExporter({
    preloadPath: paths.preloadPath,
    origins,
    urlFor: (route) => `${url.split('#')[0]}#${route}`,
    getParent: () => state.window,
  });
  // A database file that cannot be used opens the window on the recovery screen, not an error box.
  state.core = await startCore({
    dbFile: paths.dbFile,
    resourcesDir: paths.resourcesDir,
    host: 'electron',
    version: app.getVersion(),
    nativeBinding: paths.nativeBinding,
    hostFiles: createHostFiles(() => state.window),
    pdfHost: pdf,
    onUnexpectedError: (method, error) => console.error(`Unexpected error in ${method}:`, error),
  });
  state.teardown.push(bindIpc(state.core.router, createSenderCheck(() => [state.window, pdf.currentWindow()], origins)));
  state.teardown.push(forwardEvents(state.core.events, () => state.window?.webContents ?? null));
  state.teardown.push(() => pdf.release());

  await openWindow(state, paths, origins, url, pdf);
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (!state.window) openWindow(state, paths, origins, url, pdf).catch((error: unknown) => failStartup(state, error));
  });
}

/**
 * End-to-end tests give each launch its own data folder (and so its own database and instance
 * lock) through TRAJECTORY_USER_DATA_DIR. A packaged app ignores it: an environment variable
 * must never move a user's data.
 */
function useTestUserData(): void {
  const dir = process.env.TRAJECTORY_USER_DATA_DIR;
  if (dir && !app.isPackaged) app.setPath('userData', dir);
}

/** The whole lifecycle. `mainDir` is the folder of the built main bundle (out/main). */
export function run(mainDir: string): void {
  useTestUserData();
  // A second instance would share the database file: hand over to the first one instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const env: OriginEnv = { isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL };
  const origins = trustedOrigins(env);
  const state: AppState = { window: null, core: null, teardown: [] };

  // These three must happen before 'ready'.
  app.enableSandbox();
  registerAppScheme();
  hardenAllWebContents(app, origins);

  app.on('second-instance', () => focusWindow(state.window));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => shutdown(state));
  app
    .whenReady()
    .then(() => start(state, mainDir, env, origins))
    .catch((error: unknown) => failStartup(state, error));
}

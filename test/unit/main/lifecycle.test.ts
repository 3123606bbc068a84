import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { EventBus } from '../../../electron/core/events';
import { startCore } from '../../../electron/core/start';
import { run } from '../../../electron/main/lifecycle';
import type { AppPaths } from '../../../electron/main/paths';
import { channelFor, eventChannelFor } from '@shared/ipc/channels';
import { METHOD_PATHS } from '@shared/ipc/methods';
import { RESOURCES_DIR } from '../../support/temp-core';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// Shared with the mock factories below, which vitest hoists above the imports.
const control = vi.hoisted(() => ({
  paths: null as AppPaths | null,
  coreError: null as Error | null,
  core: null as { events: EventBus; close: Mock } | null,
  /** The real startCore, for the tests of what a bad database file does. */
  real: false,
}));

vi.mock('../../../electron/main/paths', () => ({
  currentAppPaths: () => control.paths,
}));

// The real core is tested on its own; here it only has to be opened, used and closed.
vi.mock('../../../electron/core/start', async () => {
  const { EventBus: Bus } = await import('../../../electron/core/events');
  const actual = await vi.importActual<typeof import('../../../electron/core/start')>('../../../electron/core/start');
  return {
    startCore: vi.fn(async (options: Parameters<typeof actual.startCore>[0]) => {
      if (control.real) return actual.startCore(options);
      if (control.coreError) throw control.coreError;
      const core = { events: new Bus(), close: vi.fn() };
      control.core = core;
      return { ...core, router: { dispatch: async () => ({ ok: true, value: 'from core' }) } };
    }),
  };
});

const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-lifecycle-'));
const nativeBinding = path.join(dir, 'better_sqlite3.node');
writeFileSync(nativeBinding, '');

beforeEach(() => {
  fake.resetFakes();
  control.paths = {
    dbFile: path.join(dir, 'user', 'trajectory.sqlite'),
    resourcesDir: path.join(dir, 'resources'),
    rendererDir: path.join(dir, 'renderer'),
    preloadPath: path.join(dir, 'preload', 'index.cjs'),
    nativeBinding,
  };
  control.coreError = null;
  control.core = null;
  control.real = false;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('run', () => {
  it('quits at once when another instance holds the lock', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    run(dir);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('prepares the scheme, the sandbox and webContents hardening before ready', async () => {
    run(dir);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect(vi.mocked(startCore)).not.toHaveBeenCalled();
  });

  it('on ready: opens the core, binds IPC, forwards events and loads app://trajectory', async () => {
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());

    expect(vi.mocked(startCore)).toHaveBeenCalledWith(
      expect.objectContaining({ host: 'electron', dbFile: control.paths?.dbFile, nativeBinding, version: '0.1.0-test' }),
    );
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(METHOD_PATHS.length);
    const window = fake.BrowserWindow.instances[0];
    if (!window || !control.core) throw new Error('not started');
    expect(window.loadURL).toHaveBeenCalledWith('app://trajectory/index.html');
    expect(window.options.webPreferences).toMatchObject({ preload: control.paths?.preloadPath, sandbox: true });

    const handler = fake.ipcMain.handlers.get(channelFor('app.info'));
    const trusted = { senderFrame: window.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
    await expect(handler?.(trusted, undefined)).resolves.toEqual({ ok: true, value: 'from core' });

    control.core.events.emit('dataChanged', { domains: ['profile'] });
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannelFor('dataChanged'), { domains: ['profile'] });
  });

  it('closes the core and unbinds IPC on will-quit', async () => {
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    fake.app.emit('will-quit');
    expect(control.core?.close).toHaveBeenCalledTimes(1);
    expect(fake.ipcMain.handlers.size).toBe(0);
    fake.app.emit('will-quit');
    expect(control.core?.close).toHaveBeenCalledTimes(1);
  });

  it('destroys the kept print window when the app window closes (it would keep the app from quitting) and on quit', async () => {
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const pdfHost = vi.mocked(startCore).mock.calls[0]?.[0].pdfHost;
    const appWindow = fake.BrowserWindow.instances[0];
    pdfHost?.warm?.();
    const printWindow = fake.BrowserWindow.instances[1];
    if (!appWindow || !printWindow) throw new Error('no print window was opened');
    expect(printWindow.options).toMatchObject({ show: false });
    expect(printWindow.loadURL).toHaveBeenCalledWith('app://trajectory/index.html#/print');
    appWindow.emit('closed');
    expect(printWindow.destroy).toHaveBeenCalledOnce();

    pdfHost?.warm?.();
    const again = fake.BrowserWindow.instances[2];
    fake.app.emit('will-quit');
    expect(again?.destroy).toHaveBeenCalledOnce();
  });

  it('focuses the existing window when a second instance starts', async () => {
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    fake.app.emit('second-instance');
    expect(fake.BrowserWindow.instances[0]?.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes (except on macOS)', async () => {
    run(dir);
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('takes the data folder from TRAJECTORY_USER_DATA_DIR before the instance lock, unless packaged', () => {
    vi.stubEnv('TRAJECTORY_USER_DATA_DIR', '/tmp/e2e-user-data');
    run(dir);
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', '/tmp/e2e-user-data');
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );

    fake.resetFakes();
    fake.app.isPackaged = true;
    run(dir);
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });

  it('loads the dev server in development, never in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/'));

    fake.resetFakes();
    fake.app.isPackaged = true;
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://trajectory/index.html'));
  });

  it('shows an unexpected startup error and exits', async () => {
    control.coreError = new Error('the bundled migrations are missing');
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Trajectory could not start', control.coreError.message);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('opens the window on the recovery screen, not an error box, when the database file cannot be used', async () => {
    control.real = true;
    const dbFile = control.paths?.dbFile ?? '';
    mkdirSync(path.dirname(dbFile), { recursive: true });
    writeFileSync(dbFile, '');
    if (control.paths) control.paths.resourcesDir = RESOURCES_DIR;
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://trajectory/index.html'));
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.app.exit).not.toHaveBeenCalled();

    const window = fake.BrowserWindow.instances[0];
    const trusted = { senderFrame: window?.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
    const status = await fake.ipcMain.handlers.get(channelFor('recovery.status'))?.(trusted, undefined);
    expect(status).toMatchObject({ ok: true, value: { state: 'recovery', file: dbFile, problem: { kind: 'empty' } } });
    const refused = await fake.ipcMain.handlers.get(channelFor('profile.get'))?.(trusted, undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    fake.app.emit('will-quit');
  });

  it('explains a missing Electron build of better-sqlite3 instead of crashing', async () => {
    if (control.paths) control.paths.nativeBinding = path.join(dir, 'missing.node');
    run(dir);
    fake.app.ready();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Trajectory could not start', expect.stringContaining('npm start'));
    expect(vi.mocked(startCore)).not.toHaveBeenCalled();
  });
});

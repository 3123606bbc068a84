import type { BrowserWindow as ElectronWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../electron/core/events';
import { bindIpc, createSenderCheck, forwardEvents } from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/origin';
import { channelFor, eventChannelFor } from '@shared/ipc/channels';
import { METHOD_PATHS } from '@shared/ipc/methods';
import type { Result } from '@shared/ipc/result';
import { BrowserWindow, FakeFrame, ipcMain, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const origins = [APP_ORIGIN];
const asEvent = (senderFrame: FakeFrame | null) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;
const asWindow = (window: BrowserWindow) => window as unknown as ElectronWindow;

function setup() {
  const window = new BrowserWindow({});
  const envelope: Result<unknown> = { ok: true, value: { answer: 42 } };
  const router = { dispatch: vi.fn(async (_path: string, _input: unknown) => envelope) };
  const unbind = bindIpc(router, createSenderCheck(() => [asWindow(window)], origins));
  const call = (path: string, frame: FakeFrame | null, input?: unknown): Promise<Result<unknown>> => {
    const handler = ipcMain.handlers.get(channelFor(path as (typeof METHOD_PATHS)[number]));
    if (!handler) throw new Error(`no handler for ${path}`);
    return handler(asEvent(frame), input) as Promise<Result<unknown>>;
  };
  return { window, router, envelope, unbind, call };
}

beforeEach(resetFakes);

describe('bindIpc', () => {
  it('binds every contract method once, on its derived channel', () => {
    setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(METHOD_PATHS.length);
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(new Set(channels)).toEqual(new Set(METHOD_PATHS.map(channelFor)));
    expect(channels).toContain('trajectory:profile.save');
  });

  it("passes a call from our window's main frame to the router and returns its envelope", async () => {
    const { window, router, envelope, call } = setup();
    const result = await call('profile.save', window.webContents.mainFrame, { name: 'x' });
    expect(result).toBe(envelope);
    expect(router.dispatch).toHaveBeenCalledWith('profile.save', { name: 'x' });
  });

  it.each([
    ['no sender frame', () => null],
    ['another frame of the same page (an iframe)', () => new FakeFrame('app://trajectory/index.html', 1, 2)],
    ['a frame of another process', () => new FakeFrame('app://trajectory/index.html', 7, 1)],
  ])('refuses %s without calling the router', async (_label, makeFrame) => {
    const { router, call } = setup();
    const result = await call('profile.get', makeFrame());
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/', 'app://trajectory.evil/index.html', 'file:///etc/passwd', 'http://localhost:5173/', 'about:blank'])(
    'refuses our main frame once it shows %s',
    async (url) => {
      const { window, router, call } = setup();
      window.webContents.mainFrame.url = url;
      expect(await call('app.info', window.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(router.dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses a detached frame and a destroyed window', async () => {
    const { window, router, call } = setup();
    window.webContents.mainFrame.detached = true;
    expect(await call('app.info', window.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    window.webContents.mainFrame.detached = false;
    window.destroyed = true;
    expect(await call('app.info', window.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin only when it is in the list', async () => {
    const window = new BrowserWindow({});
    window.webContents.mainFrame.url = 'http://localhost:5173/';
    const check = createSenderCheck(() => [asWindow(window)], [APP_ORIGIN, 'http://localhost:5173']);
    expect(check(asEvent(window.webContents.mainFrame))).toBe(true);
    expect(createSenderCheck(() => [asWindow(window)], origins)(asEvent(window.webContents.mainFrame))).toBe(false);
  });

  it('never throws: a throwing router becomes an INTERNAL envelope', async () => {
    const window = new BrowserWindow({});
    const router = { dispatch: vi.fn(async () => Promise.reject(new Error('boom'))) };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bindIpc(router, createSenderCheck(() => [asWindow(window)], origins));
    const handler = ipcMain.handlers.get(channelFor('app.info'));
    await expect(handler?.(asEvent(window.webContents.mainFrame), undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('unbinds every channel', () => {
    const { unbind } = setup();
    unbind();
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(METHOD_PATHS.length);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends each core event on its event channel, payload only', () => {
    const bus = new EventBus();
    const window = new BrowserWindow({});
    const stop = forwardEvents(bus, () => window.webContents as unknown as WebContents);
    bus.emit('dataChanged', { domains: ['datasets'] });
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannelFor('dataChanged'), { domains: ['datasets'] });

    stop();
    bus.emit('dataChanged', { domains: ['goals'] });
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('drops events while there is no live window', () => {
    const bus = new EventBus();
    const window = new BrowserWindow({});
    let current: BrowserWindow | null = null;
    forwardEvents(bus, () => (current ? (current.webContents as unknown as WebContents) : null));
    bus.emit('dataChanged', { domains: ['profile'] });
    current = window;
    window.webContents.destroyed = true;
    bus.emit('dataChanged', { domains: ['profile'] });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});

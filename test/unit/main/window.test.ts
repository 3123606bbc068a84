import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { externalLinkTarget } from '../../../electron/main/navigation';
import { APP_ORIGIN } from '../../../electron/main/origin';
import { createMainWindow, focusWindow } from '../../../electron/main/window';
import { BrowserWindow, nativeTheme, resetFakes, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const DEV = 'http://localhost:5173';

function open(origins: readonly string[] = [APP_ORIGIN]) {
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', origins });
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

beforeEach(resetFakes);

describe('createMainWindow', () => {
  it('uses exactly the secure webPreferences, with our preload', () => {
    expect(open().options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('stays hidden until ready-to-show, and has a minimum size', () => {
    const window = open();
    expect(window.options).toMatchObject({ show: false, minWidth: expect.any(Number), minHeight: expect.any(Number) });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('paints a background that follows the OS theme', () => {
    const light = open().options.backgroundColor;
    nativeTheme.shouldUseDarkColors = true;
    const dark = open().options.backgroundColor;
    expect(light).toBe('#ffffff');
    expect(dark).not.toBe(light);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://trajectory.evil/index.html', 'javascript:alert(1)', `${DEV}/`])(
    'cancels navigation to %s',
    (url) => {
      const contents = open().webContents;
      expect(contents.fireCancellable('will-navigate', url)).toBe(true);
      expect(contents.fireCancellable('will-redirect', url)).toBe(true);
    },
  );

  it('lets the app navigate within its own origins', () => {
    const contents = open([APP_ORIGIN, DEV]).webContents;
    expect(contents.fireCancellable('will-navigate', 'app://trajectory/index.html#/goals')).toBe(false);
    expect(contents.fireCancellable('will-navigate', `${DEV}/#/skills`)).toBe(false);
  });

  it('denies every new window and opens only https links, normalized, in the browser', () => {
    const handler = open().webContents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    const urls = ['https://user@evil.example', 'http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'app://trajectory/x'];
    for (const url of urls) expect(handler({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://user@evil.example/');
  });
});

describe('externalLinkTarget', () => {
  it.each([
    ['https://bls.gov/oes', 'https://bls.gov/oes'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
    ['https://user@evil', 'https://user@evil/'],
    ['  https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/"><script>', 'https://example.com/%22%3E%3Cscript%3E'],
  ])('opens %s as %s', (input, expected) => {
    expect(externalLinkTarget(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'http://example.com/',
    'data:text/html,<script>alert(1)</script>',
    'app://trajectory/index.html',
    'smb://server/share',
    'https://',
    'https:',
    '//example.com/',
    'not a url',
    '',
  ])('refuses %s', (input) => {
    expect(externalLinkTarget(input)).toBeNull();
  });
});

describe('focusWindow', () => {
  it('restores a minimized window and focuses it; ignores a missing or destroyed one', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    focusWindow(window as unknown as ElectronWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();

    const gone = new BrowserWindow({});
    gone.destroyed = true;
    focusWindow(gone as unknown as ElectronWindow);
    focusWindow(null);
    expect(gone.focus).not.toHaveBeenCalled();
  });
});

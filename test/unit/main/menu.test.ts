import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu } from '../../../electron/main/menu';
import { Menu } from './fake-electron';
import { allItems, press, resolveMenu, type AppTarget, type MenuTarget, type Platform } from './fake-menu';

vi.mock('electron', () => import('./fake-electron'));

/** A window whose page records what the menu asked of it. */
function fakeWindow() {
  let zoom = 0;
  let fullScreen = false;
  const target = {
    webContents: {
      undo: vi.fn(),
      redo: vi.fn(),
      cut: vi.fn(),
      copy: vi.fn(),
      paste: vi.fn(),
      selectAll: vi.fn(),
      reload: vi.fn(),
      reloadIgnoringCache: vi.fn(),
      toggleDevTools: vi.fn(),
      getZoomLevel: () => zoom,
      setZoomLevel: vi.fn((level: number) => {
        zoom = level;
      }),
    },
    close: vi.fn(),
    minimize: vi.fn(),
    isFullScreen: () => fullScreen,
    setFullScreen: vi.fn((on: boolean) => {
      fullScreen = on;
    }),
  } satisfies MenuTarget;
  return { target, zoom: () => zoom, fullScreen: () => fullScreen };
}

const fakeApp = () => ({ quit: vi.fn(), hide: vi.fn(), showAboutPanel: vi.fn() }) satisfies AppTarget;

/** Installs the app's menu as lifecycle.ts does and returns what a user can do with it. */
function appMenu(env: { isDev: boolean; platform: Platform }) {
  installMenu({ isDev: env.isDev, isMac: env.platform === 'darwin' });
  const installed = Menu.applicationMenu;
  if (!installed) throw new Error('installMenu set no application menu');
  const items = resolveMenu(installed.template, env.platform);
  const window = fakeWindow();
  const app = fakeApp();
  return {
    items,
    window,
    app,
    labels: () => allItems(items).map((i) => i.label),
    press: (keys: string) => press(items, keys, env.platform, window.target, app),
  };
}

beforeEach(() => {
  Menu.applicationMenu = null;
});

describe('the application menu (Linux and Windows)', () => {
  it('shows File, Edit, View and Window', () => {
    expect(appMenu({ isDev: false, platform: 'linux' }).items.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window']);
  });

  it('quits with Ctrl+Q', () => {
    const menu = appMenu({ isDev: false, platform: 'linux' });
    expect(menu.press('Ctrl+Q')).toBe(true);
    expect(menu.app.quit).toHaveBeenCalledTimes(1);
  });

  it('has Exit in the File menu on Windows', () => {
    const menu = appMenu({ isDev: false, platform: 'win32' });
    const file = menu.items.find((m) => m.label === 'File');
    const exit = file?.submenu?.find((i) => i.label === 'Exit');
    exit?.click?.(menu.window.target, menu.app);
    expect(menu.app.quit).toHaveBeenCalledTimes(1);
  });

  it('passes the editing shortcuts to the page: undo, redo, cut, copy, paste, select all', () => {
    const menu = appMenu({ isDev: false, platform: 'linux' });
    const page = menu.window.target.webContents;
    for (const [keys, action] of [
      ['Ctrl+Z', page.undo],
      ['Ctrl+Y', page.redo],
      ['Ctrl+X', page.cut],
      ['Ctrl+C', page.copy],
      ['Ctrl+V', page.paste],
      ['Ctrl+A', page.selectAll],
    ] as const) {
      expect(menu.press(keys), keys).toBe(true);
      expect(action, keys).toHaveBeenCalledTimes(1);
    }
  });

  it('zooms in, out and back to the actual size, and toggles full screen with F11', () => {
    const menu = appMenu({ isDev: false, platform: 'linux' });
    menu.press('Ctrl+Plus');
    menu.press('Ctrl+Plus');
    expect(menu.window.zoom()).toBe(1);
    menu.press('Ctrl+-');
    expect(menu.window.zoom()).toBe(0.5);
    menu.press('Ctrl+0');
    expect(menu.window.zoom()).toBe(0);
    menu.press('F11');
    expect(menu.window.fullScreen()).toBe(true);
  });

  it('outside development, has no reload and no DevTools: their shortcuts do nothing', () => {
    const menu = appMenu({ isDev: false, platform: 'linux' });
    const page = menu.window.target.webContents;
    expect(menu.press('Ctrl+R')).toBe(false);
    expect(menu.press('Ctrl+Shift+R')).toBe(false);
    expect(menu.press('Ctrl+Shift+I')).toBe(false);
    expect(page.reload).not.toHaveBeenCalled();
    expect(page.reloadIgnoringCache).not.toHaveBeenCalled();
    expect(page.toggleDevTools).not.toHaveBeenCalled();
    expect(menu.labels()).not.toContain('Toggle Developer Tools');
  });

  it('in development, reloads and opens DevTools', () => {
    const menu = appMenu({ isDev: true, platform: 'linux' });
    const page = menu.window.target.webContents;
    menu.press('Ctrl+R');
    menu.press('Ctrl+Shift+I');
    expect(page.reload).toHaveBeenCalledTimes(1);
    expect(page.toggleDevTools).toHaveBeenCalledTimes(1);
  });

  it('closes and minimises the window', () => {
    const menu = appMenu({ isDev: false, platform: 'linux' });
    menu.press('Ctrl+M');
    menu.press('Ctrl+W');
    expect(menu.window.target.minimize).toHaveBeenCalledTimes(1);
    expect(menu.window.target.close).toHaveBeenCalledTimes(1);
  });
});

describe('the application menu on macOS', () => {
  it('puts the application menu first, where Cmd+Q quits and Cmd+H hides', () => {
    const menu = appMenu({ isDev: false, platform: 'darwin' });
    expect(menu.items[0]?.submenu?.map((i) => i.label)).toEqual(expect.arrayContaining(['About', 'Hide', 'Quit']));
    expect(menu.press('Cmd+Q')).toBe(true);
    expect(menu.app.quit).toHaveBeenCalledTimes(1);
    menu.press('Cmd+H');
    expect(menu.app.hide).toHaveBeenCalledTimes(1);
  });

  it('closes the window from File with Cmd+W rather than quitting', () => {
    const menu = appMenu({ isDev: false, platform: 'darwin' });
    menu.press('Cmd+W');
    expect(menu.window.target.close).toHaveBeenCalledTimes(1);
    expect(menu.app.quit).not.toHaveBeenCalled();
    expect(menu.items.find((m) => m.label === 'File')?.submenu?.map((i) => i.label)).toEqual(['Close Window']);
  });

  it('copies with Cmd+C and toggles full screen with Ctrl+Cmd+F', () => {
    const menu = appMenu({ isDev: false, platform: 'darwin' });
    menu.press('Cmd+C');
    menu.press('Ctrl+Cmd+F');
    expect(menu.window.target.webContents.copy).toHaveBeenCalledTimes(1);
    expect(menu.window.fullScreen()).toBe(true);
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../electron/main/menu';
import { Menu } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('has no reload or DevTools outside development', () => {
    const production = roles(menuTemplate({ isDev: false, isMac: false }));
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).not.toContain('toggleDevTools');
    expect(production).toEqual(expect.arrayContaining(['quit', 'editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'windowMenu']));
  });

  it('has reload and DevTools in development', () => {
    expect(roles(menuTemplate({ isDev: true, isMac: false }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts the application menu first on macOS', () => {
    expect(menuTemplate({ isDev: false, isMac: true })[0]).toEqual({ role: 'appMenu' });
    expect(roles(menuTemplate({ isDev: false, isMac: false }))).not.toContain('appMenu');
  });

  it('installs the template as the application menu', () => {
    installMenu({ isDev: false, isMac: false });
    expect(Menu.buildFromTemplate).toHaveBeenCalledWith(menuTemplate({ isDev: false, isMac: false }));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});

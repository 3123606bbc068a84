import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuEnv {
  isDev: boolean;
  isMac: boolean;
}

/** Reload and DevTools exist only in development: in the app they would only lose state. */
export function menuTemplate(env: MenuEnv): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = env.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [env.isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  // macOS puts Quit, Hide and About in the application menu, which must come first.
  return env.isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function installMenu(env: MenuEnv): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(env)));
}

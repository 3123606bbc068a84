// What Electron makes of a menu template, for tests: items resolved to a label, an accelerator
// and a click. Role items get Electron's own defaults (its documented menu-item roles), so a test
// can press a shortcut and see what the app's menu really does, whatever mix of roles and
// explicit items the template uses.
import type { MenuItemConstructorOptions } from 'electron';

export type Platform = 'darwin' | 'linux' | 'win32';

/** The parts of a window and its page that menu items act on. */
export interface MenuTarget {
  webContents: {
    undo(): void;
    redo(): void;
    cut(): void;
    copy(): void;
    paste(): void;
    selectAll(): void;
    reload(): void;
    reloadIgnoringCache(): void;
    toggleDevTools(): void;
    getZoomLevel(): number;
    setZoomLevel(level: number): void;
  };
  close(): void;
  minimize(): void;
  isFullScreen(): boolean;
  setFullScreen(on: boolean): void;
}

export interface AppTarget {
  quit(): void;
  hide(): void;
  showAboutPanel(): void;
}

export interface ResolvedItem {
  label: string;
  accelerator?: string;
  click?: (target: MenuTarget, app: AppTarget) => void;
  submenu?: ResolvedItem[];
}

type ClickArgs = Parameters<NonNullable<MenuItemConstructorOptions['click']>>;

type RoleDefault = Omit<ResolvedItem, 'submenu'> & { submenu?: string[] };

function roleDefaults(platform: Platform): Record<string, RoleDefault> {
  const mac = platform === 'darwin';
  return {
    undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: (w) => w.webContents.undo() },
    redo: { label: 'Redo', accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y', click: (w) => w.webContents.redo() },
    cut: { label: 'Cut', accelerator: 'CmdOrCtrl+X', click: (w) => w.webContents.cut() },
    copy: { label: 'Copy', accelerator: 'CmdOrCtrl+C', click: (w) => w.webContents.copy() },
    paste: { label: 'Paste', accelerator: 'CmdOrCtrl+V', click: (w) => w.webContents.paste() },
    selectAll: { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: (w) => w.webContents.selectAll() },
    reload: { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: (w) => w.webContents.reload() },
    forceReload: { label: 'Force Reload', accelerator: 'Shift+CmdOrCtrl+R', click: (w) => w.webContents.reloadIgnoringCache() },
    toggleDevTools: { label: 'Toggle Developer Tools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I', click: (w) => w.webContents.toggleDevTools() },
    resetZoom: { label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: (w) => w.webContents.setZoomLevel(0) },
    zoomIn: { label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', click: (w) => w.webContents.setZoomLevel(w.webContents.getZoomLevel() + 0.5) },
    zoomOut: { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: (w) => w.webContents.setZoomLevel(w.webContents.getZoomLevel() - 0.5) },
    togglefullscreen: { label: 'Toggle Full Screen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11', click: (w) => w.setFullScreen(!w.isFullScreen()) },
    minimize: { label: 'Minimize', accelerator: 'CmdOrCtrl+M', click: (w) => w.minimize() },
    close: { label: mac ? 'Close Window' : 'Close', accelerator: 'CmdOrCtrl+W', click: (w) => w.close() },
    quit: { label: platform === 'win32' ? 'Exit' : 'Quit', ...(platform === 'win32' ? {} : { accelerator: 'CmdOrCtrl+Q' }), click: (_w, app) => app.quit() },
    hide: { label: 'Hide', accelerator: 'Cmd+H', click: (_w, app) => app.hide() },
    about: { label: 'About', click: (_w, app) => app.showAboutPanel() },
    editMenu: { label: 'Edit', submenu: ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] },
    windowMenu: { label: 'Window', submenu: ['minimize', 'close'] },
    appMenu: { label: 'Trajectory', submenu: ['about', 'hide', 'quit'] },
  };
}

/** "Shift+CmdOrCtrl+Z" → "Ctrl+Shift+Z" (Linux, Windows) or "Cmd+Shift+Z" (macOS), modifiers in a fixed order. */
export function normaliseAccelerator(accelerator: string, platform: Platform): string {
  const order = ['Cmd', 'Ctrl', 'Alt', 'Shift'];
  const names: Record<string, string> = {
    CmdOrCtrl: platform === 'darwin' ? 'Cmd' : 'Ctrl',
    CommandOrControl: platform === 'darwin' ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Option: 'Alt',
  };
  const parts = accelerator.split('+').map((p) => names[p] ?? p);
  const mods = order.filter((m) => parts.slice(0, -1).includes(m));
  return [...mods, parts[parts.length - 1]].join('+');
}

export function resolveMenu(template: readonly MenuItemConstructorOptions[], platform: Platform): ResolvedItem[] {
  const roles = roleDefaults(platform);
  const resolveRole = (role: string): ResolvedItem => {
    const found = roles[role];
    if (!found) throw new Error(`The fake menu does not know the role "${role}"`);
    const { submenu, ...rest } = found;
    return submenu ? { ...rest, submenu: submenu.map(resolveRole) } : rest;
  };
  return template
    .filter((item) => item.type !== 'separator')
    .map((item) => {
      const fromRole = item.role ? resolveRole(item.role) : { label: '' };
      const submenu = Array.isArray(item.submenu) ? resolveMenu(item.submenu, platform) : fromRole.submenu;
      // Electron passes its MenuItem, the focused BrowserWindow and the event; the fake target stands in for the window.
      const click = item.click ? (target: MenuTarget) => item.click?.(...([{}, target, {}] as unknown as ClickArgs)) : fromRole.click;
      return {
        label: item.label ?? fromRole.label,
        ...(item.accelerator ?? fromRole.accelerator ? { accelerator: item.accelerator ?? fromRole.accelerator } : {}),
        ...(click ? { click } : {}),
        ...(submenu ? { submenu } : {}),
      };
    });
}

/** Every item with an action, flattened, as the user can reach them. */
export function allItems(items: readonly ResolvedItem[]): ResolvedItem[] {
  return items.flatMap((item) => [...(item.click ? [item] : []), ...allItems(item.submenu ?? [])]);
}

/** Presses a shortcut as the user would: runs the item that owns it, if any. Returns whether one did. */
export function press(items: readonly ResolvedItem[], keys: string, platform: Platform, target: MenuTarget, app: AppTarget): boolean {
  const wanted = normaliseAccelerator(keys, platform);
  const item = allItems(items).find((i) => i.accelerator && normaliseAccelerator(i.accelerator, platform) === wanted);
  item?.click?.(target, app);
  return item !== undefined;
}

import { BrowserWindow, nativeTheme, shell, type WebPreferences } from 'electron';
import { guardNavigation } from './navigation';

export interface MainWindowOptions {
  preloadPath: string;
  /** Origins the window may show; anything else is refused (see navigation.ts). */
  origins: readonly string[];
}

/** Electron's security checklist, all of it: the renderer gets no Node and no way around the preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

/** Painted before the page loads, so it must match the theme the page is about to use. */
export function windowBackground(dark: boolean): string {
  return dark ? '#16181d' : '#ffffff';
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Trajectory',
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 600,
    // Shown on ready-to-show so the user never sees an unstyled, half-painted window.
    show: false,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, options.origins, (url) => shell.openExternal(url));
  return window;
}

/** Brings the window to the front, e.g. when a second instance was started. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

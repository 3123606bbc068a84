import type { App, Session, WebContents } from 'electron';
import { isTrustedUrl } from './origin';

/** The app needs no camera, notifications, geolocation...: every request and check says no. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Baseline for every webContents that will ever exist (the main window refines its window-open
 * handler to send https links to the browser): no <webview>, no popups, no foreign navigation.
 */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  });
}

export function hardenAllWebContents(app: App, origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins));
}

import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/origin';
import { denyAllPermissions, hardenAllWebContents } from '../../../electron/main/security';
import { FakeWebContents, app, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    denyAllPermissions(session.defaultSession as unknown as Session);
    const [request] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] ?? [];
    const [check] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] ?? [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      (request as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((check as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
  });
});

describe('hardenAllWebContents', () => {
  function created(): FakeWebContents {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    return contents;
  }

  hardenAllWebContents(app as unknown as App, [APP_ORIGIN]);

  it('refuses to attach a <webview> to any webContents', () => {
    expect(created().fireCancellable('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every window.open, without opening anything', () => {
    const handler = created().windowOpenHandler;
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://trajectory/index.html' })).toEqual({ action: 'deny' });
  });

  it('cancels navigation away from our origin in any webContents', () => {
    const contents = created();
    expect(contents.fireCancellable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fireCancellable('will-navigate', 'app://trajectory/index.html#/print')).toBe(false);
  });
});

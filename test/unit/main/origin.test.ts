import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedUrl, originOf, startUrl, trustedOrigins } from '../../../electron/main/origin';

describe('origins', () => {
  it('reads scheme://host even for app:, whose URL.origin is "null" in Node', () => {
    expect(originOf('app://trajectory/index.html#/goals')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    for (const url of ['file:///etc/passwd', 'about:blank', 'javascript:alert(1)', 'data:text/html,x', 'app:///x', 'nope']) {
      expect(originOf(url)).toBeNull();
    }
  });

  it('trusts the dev server only in an unpackaged app', () => {
    const devServerUrl = 'http://localhost:5173/';
    expect(trustedOrigins({ isPackaged: false, devServerUrl })).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(trustedOrigins({ isPackaged: true, devServerUrl })).toEqual([APP_ORIGIN]);
    expect(trustedOrigins({ isPackaged: false })).toEqual([APP_ORIGIN]);
    expect(startUrl({ isPackaged: false, devServerUrl })).toBe(devServerUrl);
    expect(startUrl({ isPackaged: true, devServerUrl })).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://trajectory/index.html');
  });

  it('matches whole origins, not prefixes', () => {
    const origins = [APP_ORIGIN];
    expect(isTrustedUrl('app://trajectory/x', origins)).toBe(true);
    for (const url of ['app://trajectory.evil/x', 'app://trajectoryx/', 'https://trajectory/', 'app://evil/trajectory']) {
      expect(isTrustedUrl(url, origins)).toBe(false);
    }
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  fileForAppUrl,
  registerAppScheme,
  resolveInside,
  serveRendererFrom,
} from '../../../electron/main/protocol';
import { protocol } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// A renderer folder next to a secret, so an escape would have something to find.
const base = mkdtempSync(path.join(tmpdir(), 'trajectory-protocol-'));
const root = path.join(base, 'renderer');

beforeAll(() => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Trajectory</title>');
  writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'a b.svg'), '<svg/>');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
});

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetchable, and nothing more', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('resolveInside', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/main.js', 'assets/main.js'],
    ['/assets/a%20b.svg', 'assets/a b.svg'],
    ['/assets/%2e%2e.js', 'assets/...js'], // a file named "...js", not a parent folder
  ])('maps %s inside the root', (pathname, relative) => {
    expect(resolveInside(root, pathname)).toBe(path.join(root, relative));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/%00',
    '/%',
    '/%E0%A4%A',
    '/..',
  ])('refuses %s', (pathname) => {
    expect(resolveInside(root, pathname)).toBeNull();
  });

  it('never returns a path outside the root for absolute-looking input', () => {
    for (const pathname of ['//etc/passwd', '/%2Fetc%2Fpasswd', '/C:/Windows/win.ini']) {
      const resolved = resolveInside(root, pathname);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('fileForAppUrl', () => {
  it('serves only app://trajectory', () => {
    expect(fileForAppUrl(root, 'app://trajectory/assets/main.js')).toBe(path.join(root, 'assets', 'main.js'));
    expect(fileForAppUrl(root, 'app://trajectory')).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl(root, 'app://evil/index.html')).toBeNull();
    expect(fileForAppUrl(root, 'app://trajectory.evil/index.html')).toBeNull();
    expect(fileForAppUrl(root, 'app:///index.html')).toBeNull();
    expect(fileForAppUrl(root, 'https://trajectory/index.html')).toBeNull();
    expect(fileForAppUrl(root, 'not a url')).toBeNull();
  });

  it('cannot be escaped through URL parsing either', () => {
    // The URL parser resolves dot segments (also %2e) before we see the path: they stay at the root.
    expect(fileForAppUrl(root, 'app://trajectory/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(fileForAppUrl(root, 'app://trajectory/%2e%2e/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(fileForAppUrl(root, 'app://trajectory/%252e%252e/secret.txt')).toBe(path.join(root, '%2e%2e', 'secret.txt'));
    expect(fileForAppUrl(root, 'app://trajectory/..%2f..%2fsecret.txt')).toBeNull();
  });
});

describe('the app:// handler', () => {
  const handle = createAppRequestHandler(root);
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html for / with the strict CSP', async () => {
    const response = await get('app://trajectory/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Trajectory</title>');
  });

  it('states the policy the design asks for', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());
    expect(directives).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]);
  });

  it.each([
    ['app://trajectory/assets/main.js', /^text\/javascript/],
    ['app://trajectory/assets/style.css', /^text\/css/],
    ['app://trajectory/assets/a%20b.svg', /^image\/svg\+xml/],
  ])('serves %s with its content type, no CSP, nosniff', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await get('app://trajectory/nope.js')).status).toBe(404);
    expect((await get('app://trajectory/assets')).status).toBe(404);
  });

  it('never serves a file outside the root', async () => {
    for (const url of ['app://trajectory/..%2fsecret.txt', 'app://trajectory/%2e%2e%2fsecret.txt', 'app://trajectory/..%5csecret.txt', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('is read-only', async () => {
    expect((await get('app://trajectory/index.html', 'POST')).status).toBe(405);
    const head = await get('app://trajectory/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is what serveRendererFrom installs for app:', () => {
    serveRendererFrom(root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

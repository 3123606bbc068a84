import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from '../../electron/core/static-files';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { openTempCore, tempDir, VALID_PROFILE } from '../support/temp-core';

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();

beforeAll(async () => {
  mkdirSync(path.join(renderer.dir, 'assets'));
  writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(renderer.dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(renderer.dir), `${path.basename(renderer.dir)}-secret.txt`), 'secret');
  core = await openTempCore();
  host = await startWebHost({ core, rendererDir: renderer.dir });
});

afterAll(async () => {
  await host.close();
  core.dispose();
  renderer.remove();
});

/** Raw HTTP, so tests can send the headers a browser would never let a page set (Host). */
function send(method: string, pathname: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path: pathname, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpc = (method: string, input: unknown, token = host.token) =>
  send('POST', `/rpc/${method}`, {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ input }),
  });

describe('web host', () => {
  it('listens on loopback only, with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(host.openUrl).toBe(`${host.url}?token=${host.token}`);
  });

  it('answers an RPC with the router envelope', async () => {
    const saved = await rpc('profile.save', VALID_PROFILE);
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { areaName: 'San Francisco-Oakland-Fremont, CA' } });
  });

  it('refuses an RPC without the token, or with a wrong one, with 401', async () => {
    const none = await send('POST', '/rpc/profile.get', { body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await rpc('profile.get', undefined, `${host.token.slice(0, -1)}x`)).status).toBe(401);
    expect((await rpc('profile.get', undefined, 'short')).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await send('POST', '/rpc/profile.get', { headers: { Host: 'evil.example:80', Authorization: `Bearer ${host.token}` }, body: '{}' });
    expect(res.status).toBe(403);
    expect((await send('GET', '/', { headers: { Host: `attacker.test:${host.port}` } })).status).toBe(403);
  });

  it('answers bad JSON, a GET on an RPC and unknown methods with clear envelopes', async () => {
    const bad = await send('POST', '/rpc/profile.save', { headers: { Authorization: `Bearer ${host.token}` }, body: '{oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('Request body is not valid JSON.');
    expect((await send('GET', '/rpc/profile.get')).status).toBe(405);
    expect(JSON.parse((await rpc('profile.nope', undefined)).body).error.code).toBe('UNKNOWN_METHOD');
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const index = await send('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const evil of ['/../x-secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/nope.js']) {
      expect((await send('GET', evil)).status, evil).toBe(404);
    }
  });

  it('streams events over SSE only with the token', async () => {
    expect((await send('GET', '/events')).status).toBe(401);
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}` }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n\ndata') || text.includes('"domains"')) {
            req.destroy();
            resolve(text);
          }
          if (text.startsWith(': connected')) core.events.emit('dataChanged', { domains: ['datasets'] });
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('event: trajectory:event:dataChanged\ndata: {"domains":["datasets"]}');
  });
});

describe('resolveInside', () => {
  it('maps paths inside the root and refuses every escape', () => {
    expect(resolveInside('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveInside('/srv/app', '/a%20b.js')).toBe('/srv/app/a b.js');
    for (const evil of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/%2E%2E/%2E%2E/etc', '/..\\x', '/%5c..%5cx', '/x%00.js', '/%E0%A4%A', '//etc/passwd/..']) {
      expect(resolveInside('/srv/app', evil), evil).toBeNull();
    }
  });
});

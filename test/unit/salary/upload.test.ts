import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';
import { uploadedFileName } from '../../../electron/web-host/upload';
import { openTempCore, tempDir } from '../../support/temp-core';

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();

beforeAll(async () => {
  core = await openTempCore();
  host = await startWebHost({ core, rendererDir: renderer.dir });
});
afterAll(async () => {
  await host.close();
  core.dispose();
  renderer.remove();
});

const upload = (body: string, token = host.token, name = 'offers.csv') =>
  fetch(`${host.url}upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body });

describe('web host upload', () => {
  it('stores the bytes and hands back a token the core can preview', async () => {
    const response = await upload('title,base\nSWE,100000\n', host.token, '../../etc/offers.csv');
    const body = (await response.json()) as { ok: true; value: { token: string; fileName: string } };
    expect(body).toMatchObject({ ok: true, value: { fileName: 'offers.csv' } });
    const preview = await core.router.dispatch('salary.previewImport', { token: body.value.token });
    expect(preview).toMatchObject({ ok: true, value: { header: ['title', 'base'], rows: [['SWE', '100000']] } });
  });

  it('refuses an upload without the token', async () => {
    const response = await upload('x', 'wrong');
    expect(response.status).toBe(401);
  });

  it('keeps only the last segment of a file name', () => {
    expect(uploadedFileName('C:\\Users\\me\\pay.csv')).toBe('pay.csv');
    expect(uploadedFileName('\u0000')).toBe('upload.csv');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';
import { openTempCore, tempDir } from '../../support/temp-core';

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();
const files = new Map([['tok1', { bytes: new Uint8Array(Buffer.from('%PDF-1.7 sample')), fileName: 'career-plan-2026-11-29.pdf' }]]);

beforeAll(async () => {
  core = await openTempCore();
  host = await startWebHost({
    core,
    rendererDir: renderer.dir,
    downloads: {
      takeDownload: (token) => {
        const file = files.get(token) ?? null;
        files.delete(token);
        return file;
      },
    },
  });
});

afterAll(async () => {
  await host.close();
  core.dispose();
  renderer.remove();
});

const get = (token: string, auth = host.token) => fetch(`${host.url}download/${token}`, { headers: { Authorization: `Bearer ${auth}` } });

describe('web host PDF downloads', () => {
  it('needs the token, serves the PDF once as an attachment, then says it is gone', async () => {
    expect((await get('tok1', 'wrong')).status).toBe(401);
    const first = await get('tok1');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="career-plan-2026-11-29.pdf"');
    expect(Buffer.from(await first.arrayBuffer()).toString('latin1')).toBe('%PDF-1.7 sample');
    const again = await get('tok1');
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('export it again') } });
  });
});

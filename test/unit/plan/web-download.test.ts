import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebPdfHost, type WebPdfHost } from '../../../electron/web-host/pdf';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';
import { openTempCore, tempDir } from '../../support/temp-core';

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();
// The web host's own PDF store: what `plan.exportPdf` delivers to (rendering is the e2e tests' job).
const pdf: WebPdfHost = createWebPdfHost();
let token = '';

beforeAll(async () => {
  core = await openTempCore();
  host = await startWebHost({ core, rendererDir: renderer.dir, downloads: pdf });
  const delivered = await pdf.deliver(new Uint8Array(Buffer.from('%PDF-1.7 sample')), 'career-plan-2026-11-29.pdf', 1);
  if (delivered.outcome !== 'download') throw new Error('the web host should offer a download');
  token = delivered.token;
});

afterAll(async () => {
  await host.close();
  await pdf.close();
  core.dispose();
  renderer.remove();
});

const get = (fileToken: string, auth = host.token) => fetch(`${host.url}download/${fileToken}`, { headers: { Authorization: `Bearer ${auth}` } });

describe('web host PDF downloads', () => {
  it('needs the token, serves the PDF once as an attachment, then says it is gone', async () => {
    expect((await get(token, 'wrong')).status).toBe(401);
    const first = await get(token);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="career-plan-2026-11-29.pdf"');
    expect(Buffer.from(await first.arrayBuffer()).toString('latin1')).toBe('%PDF-1.7 sample');
    const again = await get(token);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('export it again') } });
  });
});

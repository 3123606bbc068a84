import { mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/domain/salary-import';
import type { Result } from '@shared/ipc/result';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { UNNAMED_FOLDER_MAX_AGE_MS, sweepStaleUploadFolders } from '../../electron/web-host/upload-folders';
import { openTempCore, tempDir } from '../support/temp-core';

const LIMIT = 1024;
const UPLOAD_LIMIT = 4096;

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();
/** The host's own temporary folder, so that what it leaves (or sweeps) is all that is there. */
const uploads = tempDir('trajectory-uploads-root-');
/** One connection at a time, kept alive: shows whether a refused request leaves it usable. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** A pid that no process has: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;
const uploadFolders = () => readdirSync(uploads.dir).filter((name) => name.startsWith('trajectory-upload-'));

let stale: { dead: string; live: string; oldUnnamed: string; newUnnamed: string };

beforeAll(async () => {
  // What earlier hosts left: one killed (its process is gone), one still running (the test
  // runner's parent), and two from hosts that named no pid, a week old and fresh.
  stale = {
    dead: `trajectory-upload-${deadPid()}-a1b2c3`,
    live: `trajectory-upload-${process.ppid}-d4e5f6`,
    oldUnnamed: 'trajectory-upload-Xy12Zq',
    newUnnamed: 'trajectory-upload-Ab34Cd',
  };
  for (const name of Object.values(stale)) mkdirSync(path.join(uploads.dir, name));
  const weekAgo = (Date.now() - 7 * UNNAMED_FOLDER_MAX_AGE_MS) / 1000;
  utimesSync(path.join(uploads.dir, stale.oldUnnamed), weekAgo, weekAgo);
  core = await openTempCore();
  host = await startWebHost({ core, rendererDir: renderer.dir, maxBodyBytes: LIMIT, maxUploadBytes: UPLOAD_LIMIT, uploadRoot: uploads.dir });
});

afterAll(async () => {
  await host.close();
  core.dispose();
  agent.destroy();
  renderer.remove();
  uploads.remove();
});

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
  /** The client's port: the same one means the same connection. */
  localPort: number | undefined;
}

/** Raw HTTP on the shared keep-alive agent; `declared` overrides Content-Length (a client may lie). */
function send(pathname: string, body: string | Buffer, options: { declared?: number; chunked?: boolean } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string | number> = { Authorization: `Bearer ${host.token}` };
    if (options.declared !== undefined) headers['Content-Length'] = options.declared;
    else if (!options.chunked) headers['Content-Length'] = Buffer.byteLength(body);
    const req = request({ agent, host: '127.0.0.1', port: host.port, method: 'POST', path: pathname, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection, localPort: res.socket?.localPort }));
    });
    req.on('error', reject);
    if (options.declared !== undefined) req.write(body);
    else req.end(body);
  });
}

const rpc = (method: string, input: unknown) => send(`/rpc/${method}`, JSON.stringify({ input }));
const upload = (text: string | Buffer, name = 'offers.csv') => send(`/upload?name=${encodeURIComponent(name)}`, text);
const envelope = <T>(answer: Answer) => JSON.parse(answer.body) as Result<T>;

describe('web host start-up sweep of upload folders', () => {
  it('removed the folders of hosts that no longer run and an unnamed one over a day old, and kept the rest', () => {
    expect(uploadFolders().sort()).toEqual([stale.live, stale.newUnnamed].sort());
  });

  it('never removes a folder of a running process, whatever its age', () => {
    const root = tempDir('trajectory-sweep-');
    try {
      const live = `trajectory-upload-${process.ppid}-zz9999`;
      mkdirSync(path.join(root.dir, live));
      mkdirSync(path.join(root.dir, 'unrelated-folder'));
      const removed = sweepStaleUploadFolders({ root: root.dir, now: Date.now() + 365 * UNNAMED_FOLDER_MAX_AGE_MS });
      expect(removed).toEqual([]);
      expect(readdirSync(root.dir).sort()).toEqual([live, 'unrelated-folder']);
    } finally {
      root.remove();
    }
  });
});

describe('web host body limits', () => {
  it('answers an RPC body over the limit with 413 and a short envelope, and the same connection serves the next call', async () => {
    const refused = await rpc('profile.get', 'x'.repeat(100 * LIMIT));
    expect(refused.status).toBe(413);
    expect(envelope(refused)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Request too large: over 1 KB.' } });
    expect(refused.body.length).toBeLessThan(200);
    const next = await rpc('profile.get', undefined);
    expect(next.status).toBe(200);
    // The rest of the refused body was read and dropped, not left to break the connection.
    expect(next.localPort).toBe(refused.localPort);
  });

  it('refuses a chunked body (no length given) once it passes the limit', async () => {
    const refused = await send('/rpc/profile.get', 'x'.repeat(10 * LIMIT), { chunked: true });
    expect(refused.status).toBe(413);
    expect((await rpc('profile.get', undefined)).status).toBe(200);
  });

  it('answers at once, and closes, when a body says it is far too large, without waiting for it', async () => {
    const refused = await send('/rpc/profile.get', '{"input":', { declared: 10 * 1024 * 1024 * 1024 });
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    expect((await rpc('profile.get', undefined)).status).toBe(200);
  });

  it('answers an upload over the limit with 413 and keeps no file of it', async () => {
    const before = uploadFolders();
    const refused = await upload(Buffer.alloc(10 * UPLOAD_LIMIT, 'a'));
    expect(refused.status).toBe(413);
    expect(envelope(refused)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'File too large: over 4 KB.' } });
    expect(uploadFolders()).toEqual(before);
    expect((await rpc('profile.get', undefined)).status).toBe(200);
  });
});

describe('web host upload folders', () => {
  const newFolders = (before: string[]) => uploadFolders().filter((name) => !before.includes(name));

  async function uploaded(text: string | Buffer, name = 'offers.csv'): Promise<{ token: string; folder: string }> {
    const before = uploadFolders();
    const answer = envelope<{ token: string }>(await upload(text, name));
    if (!answer.ok) throw new Error(answer.error.message);
    const [folder] = newFolders(before);
    expect(folder).toMatch(new RegExp(`^trajectory-upload-${process.pid}-`));
    return { token: answer.value.token, folder: folder as string };
  }

  it('removes the file and its folder after a refused preview', async () => {
    const { token, folder } = await uploaded(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(uploadFolders()).toContain(folder);
    expect(envelope(await rpc('salary.previewImport', { token }))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(uploadFolders()).not.toContain(folder);
  });

  it('removes them after a failed import, and after a successful one', async () => {
    for (const [text, ok] of [
      ['title,base\nSWE,lots\n', false],
      ['title,base\nSWE,100000\n', true],
    ] as const) {
      const { token, folder } = await uploaded(text);
      const preview = envelope<ImportPreview>(await rpc('salary.previewImport', { token }));
      if (!preview.ok) throw new Error(preview.error.message);
      const { encoding, delimiter, mapping } = preview.value;
      const imported = envelope(await rpc('salary.importCsv', { token, name: `offers ${ok}`, encoding, delimiter, mapping }));
      expect(imported.ok).toBe(ok);
      expect(uploadFolders()).not.toContain(folder);
    }
  });

  it('removes them when the dialog lets the file go, and a closing host removes only its own', async () => {
    const released = await uploaded('title,base\nSWE,100000\n');
    expect(envelope(await rpc('files.release', { token: released.token }))).toEqual({ ok: true, value: { released: true } });
    expect(uploadFolders()).not.toContain(released.folder);

    const mine = await uploaded('title,base\nSWE,100000\n');
    // A second host in this process starts (and sweeps): the first one's folder is in use.
    const other = await openTempCore();
    const second = await startWebHost({ core: other, rendererDir: renderer.dir, uploadRoot: uploads.dir });
    try {
      expect(uploadFolders()).toContain(mine.folder);
      const before = uploadFolders();
      const answer = await fetch(`${second.url}upload?name=theirs.csv`, { method: 'POST', headers: { Authorization: `Bearer ${second.token}` }, body: 'a,b\n1,2\n' });
      expect(answer.status).toBe(200);
      expect(newFolders(before)).toHaveLength(1);
      await second.close();
      expect(uploadFolders().sort()).toEqual(before.sort());
    } finally {
      other.dispose();
    }
  });
});

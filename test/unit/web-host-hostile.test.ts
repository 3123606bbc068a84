// Hostile request bodies over the web host's HTTP RPC (under its size limit): each gets an
// envelope, nothing leaks into built-in prototypes, and the host keeps answering afterwards.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppErrorShape } from '@shared/ipc/result';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { MB, TEN_MB } from '../support/ipc-fuzz/hostile';
import { sendRaw } from '../support/raw-http';
import { openTempCore, tempDir, VALID_PROFILE } from '../support/temp-core';

let host: WebHost;
let core: Awaited<ReturnType<typeof openTempCore>>;
const renderer = tempDir();

beforeAll(async () => {
  mkdirSync(path.join(renderer.dir, 'assets'));
  writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>t</title>');
  core = await openTempCore();
  // Its own limit, stated: these bodies are meant to be under it, whatever the default becomes.
  host = await startWebHost({ core, rendererDir: renderer.dir, maxBodyBytes: 64 * MB });
});

afterAll(async () => {
  await host.close();
  core.dispose();
  renderer.remove();
});

const Envelope = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: AppErrorShape })]);

const post = (method: string, body: string) =>
  sendRaw(host.port, 'POST', `/rpc/${method}`, { headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body });

/** The answer parsed as an envelope, with its status and size. */
async function envelopeFor(method: string, body: string) {
  const res = await post(method, body);
  return { status: res.status, size: res.body.length, envelope: Envelope.parse(JSON.parse(res.body)) };
}

const codeOf = (envelope: z.infer<typeof Envelope>) => (envelope.ok ? 'ok' : envelope.error.code);
const nested = (depth: number, open: string, close: string, leaf = '1') => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

describe('web host: hostile RPC bodies', () => {
  it.each(['{oops', '{"input":', '\u0000', 'NaN', '{"input": NaN}', '{"input": undefined}', "{'input': 1}", '\uFEFF{"input": {}}', '[1,]'])(
    'answers invalid JSON %j with a 400 VALIDATION envelope',
    async (body) => {
      const { status, envelope } = await envelopeFor('profile.save', body);
      expect(status).toBe(400);
      expect(codeOf(envelope)).toBe('VALIDATION');
    },
  );

  it.each([
    ['10,000-deep arrays as the input', `{"input": ${nested(10_000, '[', ']')}}`],
    ['10,000-deep objects as the input', `{"input": ${nested(10_000, '{"a":', '}')}}`],
    ['100,000-deep arrays as the whole body', nested(100_000, '[', ']')],
    ['10,000-deep objects inside a valid profile', JSON.stringify({ input: { ...VALID_PROFILE, name: 'x' } }).replace('"x"', nested(10_000, '{"a":', '}'))],
  ])('answers %s with a VALIDATION envelope', async (_label, body) => {
    const { status, envelope, size } = await envelopeFor('profile.save', body);
    expect(status).toBe(200);
    expect(codeOf(envelope)).toBe('VALIDATION');
    expect(size).toBeLessThan(4096);
  });

  it('answers a 10 MB string field with a small VALIDATION envelope', async () => {
    const { status, envelope, size } = await envelopeFor('profile.save', JSON.stringify({ input: { ...VALID_PROFILE, name: TEN_MB } }));
    expect(status).toBe(200);
    expect(codeOf(envelope)).toBe('VALIDATION');
    expect(size).toBeLessThan(4096);
  });

  it('answers 12 MB of JSON for a field with no length limit with an envelope', async () => {
    const body = JSON.stringify({ input: { suggestedName: 'a.csv', content: 'y'.repeat(12 * MB) } });
    const { status, envelope, size } = await envelopeFor('files.saveCsv', body);
    expect(status).toBe(200);
    // The web host has no save dialog: a clean refusal, not a crash.
    expect(codeOf(envelope)).toBe('VALIDATION');
    expect(size).toBeLessThan(4096);
  });

  it('reads `input` only as an own key and never lets __proto__ or constructor keys reach a prototype', async () => {
    // JSON.parse makes "__proto__" an own key: an input hidden behind it is not the call's input.
    const hidden = await envelopeFor('profile.save', `{"__proto__": {"input": ${JSON.stringify(VALID_PROFILE)}}}`);
    expect(codeOf(hidden.envelope)).toBe('VALIDATION');
    for (const body of [
      `{"input": {"__proto__": {"polluted": "yes"}, "occupationCode": "15-1252"}}`,
      `{"input": {"constructor": {"prototype": {"polluted": "yes"}}}}`,
      `{"__proto__": {"polluted": "yes"}, "input": {"__proto__": {"polluted": "yes"}}}`,
      `{"input": ${JSON.stringify({ ...VALID_PROFILE })}, "__proto__": {"polluted": "yes"}}`.replace('"horizonYears"', '"__proto__": {"polluted": "yes"}, "horizonYears"'),
    ]) {
      const { status, envelope } = await envelopeFor('profile.save', body);
      expect(status, body).toBe(200);
      expect(['ok', 'VALIDATION'], body).toContain(codeOf(envelope));
      if (envelope.ok) expect(Object.keys(envelope.value as object), body).not.toContain('__proto__');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('keeps answering normal calls after hostile ones, also when they arrive together', async () => {
    const hostile = [
      post('profile.save', `{"input": ${nested(10_000, '[', ']')}}`),
      post('profile.save', '{oops'),
      post('salary.importCsv', JSON.stringify({ input: { token: TEN_MB } })),
      post('constructor.prototype', '{}'),
      post('__proto__.toString', '{}'),
    ];
    const normal = post('app.info', '{}');
    const answers = await Promise.all([...hostile, normal]);
    for (const res of answers) expect(() => Envelope.parse(JSON.parse(res.body))).not.toThrow();
    expect(JSON.parse((await normal).body)).toMatchObject({ ok: true, value: { host: 'test' } });
    expect((await envelopeFor('profile.get', '')).envelope.ok).toBe(true);
  });
});

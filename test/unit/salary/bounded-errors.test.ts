import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUES_BUDGET_CHARS, MAX_ERROR_MESSAGE_CHARS, boundError } from '../../../electron/core/bounded-error';
import { QUOTE_MAX_CHARS, clip, quote } from '@shared/domain/quote';
import { AppErrorShape, ERROR_CODES, type Result } from '@shared/ipc/result';
import { openTempCore, tempDir } from '../../support/temp-core';

const MB = 1024 * 1024;
/** The longest note a shortened value carries: ` (9,007,199,254,740,991 characters)`. */
const NOTE_CHARS = 40;

describe('quoting a value in a message', () => {
  it('shows a short value whole and a long one by its start, "…" and its length', () => {
    expect(quote('lots')).toBe('"lots"');
    expect(quote('x'.repeat(QUOTE_MAX_CHARS))).toBe(`"${'x'.repeat(QUOTE_MAX_CHARS)}"`);
    expect(quote('9'.repeat(MB))).toBe(`"${'9'.repeat(QUOTE_MAX_CHARS - 1)}…" (1,048,576 characters)`);
    expect(clip('abcdef', 4)).toBe('abc… (6 characters)');
  });

  it('never cuts a character made of two code units in half', () => {
    const shown = quote(`${'a'.repeat(QUOTE_MAX_CHARS - 2)}😀😀😀`);
    expect(shown).toBe(`"${'a'.repeat(QUOTE_MAX_CHARS - 2)}…" (84 characters)`);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps every quoted value within the bound, starting as the value does (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), fc.integer({ min: 1, max: 200 }), (value, max) => {
        const quoted = quote(value, max);
        const clipped = clip(value, max);
        expect(quoted.length).toBeLessThanOrEqual(max + 2 + NOTE_CHARS);
        expect(clipped.length).toBeLessThanOrEqual(max + NOTE_CHARS);
        expect(value.startsWith(clipped.replace(/… \([\d,]+ characters\)$/, ''))).toBe(true);
        if (value.length <= max) expect(quoted).toBe(`"${value}"`);
        else expect(quoted).toContain(`(${value.length.toLocaleString('en-US')} characters)`);
      }),
    );
  });
});

describe('the router bounds every error envelope', () => {
  const big = fc.string({ maxLength: 20_000 });
  const issue = fc.record({ path: fc.array(fc.oneof(big, fc.integer()), { maxLength: 300 }), message: big });
  const errors = fc.record({
    code: fc.constantFrom(...ERROR_CODES),
    message: big,
    details: fc.option(fc.record({ issues: fc.array(issue, { maxLength: 400 }) }), { nil: undefined }),
  });

  it('leaves a small error as it is and keeps any error a few kilobytes, still a valid envelope (property)', () => {
    fc.assert(
      fc.property(errors, (raw) => {
        const error: AppErrorShape = raw.details ? raw : { code: raw.code, message: raw.message };
        const bounded = boundError(error);
        expect(AppErrorShape.safeParse(bounded).success).toBe(true);
        expect(bounded.code).toBe(error.code);
        expect(bounded.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS + NOTE_CHARS);
        expect(JSON.stringify(bounded.details ?? {}).length).toBeLessThanOrEqual(ISSUES_BUDGET_CHARS + 200);
        if (JSON.stringify(error).length < 1000 && (error.details?.issues ?? []).every((i) => i.path.length <= 11)) {
          expect(bounded).toEqual(error);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts the issues it leaves out and shortens a path 10,000 levels deep', () => {
    const deep = Array.from({ length: 10_000 }, (_, i) => `k${i}`);
    const bounded = boundError({ code: 'VALIDATION', message: 'bad', details: { issues: Array.from({ length: 5000 }, () => ({ path: deep, message: 'no' })) } });
    const issues = bounded.details?.issues ?? [];
    expect(issues[0]?.path).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', '…9,990 levels…', 'k9995', 'k9996', 'k9997', 'k9998', 'k9999']);
    expect(issues.at(-1)?.message).toBe(`…and ${(5000 - (issues.length - 1)).toLocaleString('en-US')} more`);
  });
});

describe('a file with a 1 MB cell', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  const temp = tempDir('trajectory-bounded-');
  beforeAll(async () => {
    core = await openTempCore();
  });
  afterAll(() => {
    core.dispose();
    temp.remove();
  });

  /** The issue's file: 120 rows, each with a megabyte of digits in the pay column. */
  function writeHugeCells(name: string, header = 'title,area,pay'): string {
    const file = path.join(temp.dir, name);
    const cell = '9'.repeat(MB);
    writeFileSync(file, `${header}\n${`SWE,Seattle,${cell}\n`.repeat(120)}`);
    return file;
  }

  async function previewAndImport(file: string) {
    const { token } = await core.files.register(file, path.basename(file), false);
    const preview = await core.router.dispatch('salary.previewImport', { token });
    if (!preview.ok) throw new Error(preview.error.message);
    const { encoding, delimiter } = preview.value as { encoding: string; delimiter: string };
    const imported = await core.router.dispatch('salary.importCsv', { token, name: 'huge', encoding, delimiter, mapping: { title: 0, area: 1, base: 2 } });
    return { preview, imported };
  }

  it('is refused in an envelope of a few kilobytes that names row and column', async () => {
    const { preview, imported } = await previewAndImport(writeHugeCells('huge.csv'));
    // The preview shows the start of each cell, not the 256 KB of the sample.
    expect(JSON.stringify(preview).length).toBeLessThan(4096);
    expect(JSON.stringify(preview)).toMatch(/"9{199}… \(262,\d{3} characters\)"/);
    // Was 106 MB: every one of 100 listed errors quoted the whole cell.
    expect(JSON.stringify(imported).length).toBeLessThan(12 * 1024);
    const error = (imported as Extract<Result<unknown>, { ok: false }>).error;
    expect(error.message).toMatch(/^huge\.csv was not imported: 120 problems found \(first: row 2, column pay: 9{79}… \(1,048,576 characters\) is over 10,000,000/);
    expect(error.details?.issues).toHaveLength(51);
    expect(error.details?.issues.at(-1)?.message).toBe('…and 70 more');
  });

  it('shortens a 1 MB header name the same way wherever an error names the column', async () => {
    const longName = 'p'.repeat(MB);
    const file = path.join(temp.dir, 'long-header.csv');
    writeFileSync(file, `title,area,${longName}\nSWE,Seattle,lots\n`);
    const { imported } = await previewAndImport(file);
    expect(JSON.stringify(imported).length).toBeLessThan(2048);
    expect(imported).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['rows', 2, `${'p'.repeat(79)}… (1,048,576 characters)`], message: `row 2, column ${'p'.repeat(79)}… (1,048,576 characters): "lots" is not an amount of money` }] } },
    });
  });
});

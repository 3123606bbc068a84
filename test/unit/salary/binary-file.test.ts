import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryFileKind } from '@shared/domain/binary-file';
import { REPO_ROOT } from '../../support/temp-core';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/csv');
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
/** A file's head followed by filler, as a real file would continue. */
const file = (head: Uint8Array) => Uint8Array.from([...head, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]);

describe('binaryFileKind', () => {
  it.each([
    ['a PNG image', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF')],
    ['a GIF image', bytes('GIF89a')],
    ['a GIF image', bytes('GIF87a')],
    ['a PDF document', bytes('%PDF-1.7\n')],
    ['a ZIP archive (an Excel .xlsx workbook is one)', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml')],
    ['an old Office document (an Excel .xls workbook is one)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['a gzip archive', bytes([0x1f, 0x8b, 0x08, 0x00])],
    ['an SQLite database', bytes('SQLite format 3', [0], [0x10, 0x00])],
    ['a WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
  ])('names %s', (kind, head) => {
    expect(binaryFileKind(file(head))).toBe(kind);
  });

  it('refuses other data with NUL bytes as binary', () => {
    expect(binaryFileKind(bytes('title,base\n', [0, 1, 2, 0, 0, 7, 0, 0, 200, 0, 0, 0], 'x'))).toMatch(/^binary data \(it contains NUL bytes/);
  });

  it('accepts every CSV fixture as text, UTF-16 with its mark included', () => {
    const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.csv'));
    expect(names).toContain('utf16le-tab.csv');
    for (const name of names) expect(binaryFileKind(readFileSync(path.join(FIXTURES, name))), name).toBeNull();
  });

  it('accepts UTF-16 without a byte-order mark, little- and big-endian', () => {
    const text = 'title\tlevel\tarea\tbase\nEngineer\tmid\tZürich\t120000\n'.repeat(20);
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(binaryFileKind(le)).toBeNull();
    expect(binaryFileKind(be)).toBeNull();
  });

  it('accepts any UTF-8 text of printable characters', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'abcxyzÄé€ 0123456789$.,;|"\t\r\n-'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 50 }), (cells) => {
        expect(binaryFileKind(Buffer.from(cells.join(','), 'utf8'))).toBeNull();
      }),
    );
  });

  it('accepts an empty file (the preview says it is empty)', () => {
    expect(binaryFileKind(new Uint8Array())).toBeNull();
  });
});

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv, type CsvCell } from '@shared/domain/csv-export';

/**
 * The oracle is written out by hand, independently of csv-export.ts: every character a
 * spreadsheet folds to = + - @, and every invisible or blank character it may skip before it.
 */
// Full-width, small, superscript and subscript forms, ⩵ ⩶ (NFKC: == and ===) and the Hebrew
// alternative plus sign ﬩: a run found ⩵ exported with its quote while this list lacked it.
const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '⁺', '⁼', '₊', '₌', '⩵', '⩶', '﬩'];
const BLANKS = [' ', '\u00a0', '\u2003', '\u3000', '\n', '\v', '\f', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\u0000', '\u0085'];
const OTHERS = ['a', 'Z', '1', '0', '.', "'", '"', ',', ';', '(', ')', 'é', '中', '😀', '\\', '/', '$', '%', '\t', '\r', '\r\n'];

const hostileText = fc
  .array(fc.constantFrom(...TRIGGERS, ...BLANKS, ...OTHERS), { maxLength: 12 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(hostileText, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  { weight: 6, arbitrary: anyText },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** What a spreadsheet sees first: the cell without the blanks and invisible marks it may skip. */
function startsLikeFormula(text: string): boolean {
  if (text.startsWith('\t') || text.startsWith('\r')) return true;
  let rest = text.trimStart();
  while (BLANKS.some((b) => rest.startsWith(b))) rest = rest.slice(1).trimStart();
  return TRIGGERS.some((t) => rest.startsWith(t));
}

function readBack(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // toCsv ends every line with CRLF, so the parser sees one empty line after the last row.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

describe('CSV export against formula injection (property)', () => {
  it('no cell read back starts with a formula trigger unless it is neutralised, and every value survives', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const back = readBack(toCsv(['a', 'b', 'c'], rows));
        expect(back[0]).toEqual(['a', 'b', 'c']);
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            const shown = back[r + 1]?.[c];
            if (value === null || value === undefined) return expect(shown).toBe('');
            if (typeof value === 'number') {
              // A number is a value: written bare, read back as the same number.
              expect(shown).toBe(String(value));
              // `===`, not Object.is: -0 is written as 0 (a spreadsheet has no negative zero).
              return expect(Number(shown) === value).toBe(true);
            }
            if (startsLikeFormula(value)) expect(shown).toBe(`'${value}`);
            else expect(shown).toBe(value);
            expect(shown !== undefined && startsLikeFormula(shown)).toBe(false);
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises each trigger in every form named by the issue', () => {
    const cases = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' =1', '\u3000＝1', '\u00a0-1', '\u200b=1', '\u202e=1', '\n@x', '﹦1'];
    for (const text of cases) expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    for (const text of ['a=1', 'x-1', 'e@mail', "'=1", 'Zürich', '']) expect(csvCell(text)).toBe(text);
  });

  it('writes negative numbers as numbers and negative-looking text as text', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(Number.NaN)).toBe('');
  });
});

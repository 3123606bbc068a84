import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANNUAL_SALARY } from '@shared/domain/profile';
import { csvCell, toCsv } from '@shared/domain/csv-export';
import { headerSignature } from '@shared/domain/salary-import';
import { guessMapping } from '@shared/domain/salary-import-guess';
import { describeRowError, parseDate, parseMoney, rowValidator, validateRow } from '@shared/domain/salary-import-rows';

const header = ['Job Title', 'Level', 'City', 'Base Salary', 'Bonus', 'Date'];
const ctx = { header, mapping: guessMapping(header), defaultCurrency: 'USD' };

describe('mapping', () => {
  it('guesses fields from common header names', () => {
    expect(guessMapping(header)).toEqual({ title: 0, level: 1, area: 2, base: 3, bonus: 4, date: 5 });
    expect(guessMapping(['TC', 'yoe', 'notes'])).toEqual({ total: 0, yearsExperience: 1, note: 2 });
  });

  it('remembers headers by a signature that ignores case and spacing', () => {
    expect(headerSignature([' Base  Salary', 'CITY'])).toBe(headerSignature(['base salary', 'city']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
  });
});

describe('row validation', () => {
  it('turns a good row into a record, total = base + bonus', () => {
    expect(validateRow(['SWE', 'Mid-level', 'Austin', '$120,000', '5,000', '2024-02-29'], 2, ctx)).toMatchObject({
      rowNumber: 2,
      level: 'mid',
      base: 120000,
      bonus: 5000,
      total: 125000,
      date: '2024-02-29',
      year: 2024,
      currency: 'USD',
    });
  });

  it('names row and column of every problem in a row', () => {
    const errors = validateRow(['SWE', 'mid', 'Austin', 'abc', '-10', '2023-02-30'], 7, ctx);
    expect(Array.isArray(errors) && errors.map(describeRowError)).toEqual([
      'row 7, column Base Salary: "abc" is not an amount of money',
      'row 7, column Bonus: -10 is negative: pay cannot be below 0',
      'row 7, column Date: "2023-02-30" is not a real date',
    ]);
  });

  it('needs some pay in every row', () => {
    const errors = validateRow(['SWE', 'mid', 'Austin', '', '', ''], 3, ctx);
    expect(Array.isArray(errors) && errors.map(describeRowError)).toEqual(['row 3, column Base Salary: no pay: base or total must have an amount']);
  });

  it('reads the ways people write money, and refuses the rest', () => {
    expect(parseMoney('120 000')).toBe(120000);
    expect(parseMoney('120.000,50 €')).toBe(120000.5);
    expect(parseMoney('1234.5')).toBe(1234.5);
    expect(parseMoney('(500)')).toMatch(/negative/);
    expect(parseMoney('10,000,001')).toMatch(/over 10,000,000/);
    expect(parseMoney('12k')).toMatch(/not an amount/);
    expect(parseDate('2024/5')).toEqual({ iso: '2024-05', year: 2024 });
    expect(parseDate('24-05-01')).toMatch(/not a date/);
  });

  it('reads any whole amount the same plain, with US or European thousands, or after a currency sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_ANNUAL_SALARY }), (n) => {
        expect(parseMoney(String(n))).toBe(n);
        expect(parseMoney(n.toLocaleString('en-US'))).toBe(n);
        expect(parseMoney(`$${n.toLocaleString('en-US')}`)).toBe(n);
        expect(parseMoney(n.toLocaleString('de-DE'))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: MAX_ANNUAL_SALARY + 1, max: 10 ** 15 - 1 }), (n) => {
        expect(parseMoney(String(n))).toMatch(/check for an extra zero/);
      }),
    );
  });

  it('checks each row on its own when one check runs over many rows', () => {
    const check = rowValidator(ctx);
    expect(check(['SWE', 'mid', 'Austin', 'abc', '', '2024'], 2)).toHaveLength(1);
    expect(check(['SWE', 'mid', 'Austin', 'x'], 3)).toEqual([{ row: 3, column: null, reason: 'has 4 columns, the header has 6' }]);
    expect(check(['SWE', 'Lead', 'Austin', '90000', '', '2024'], 4)).toMatchObject({ rowNumber: 4, level: 'staff', total: 90000, year: 2024 });
    // Principal is a level of its own on the career ladder, not folded into staff.
    expect(check(['SWE', 'Principal', 'Austin', '95000', '', '2024'], 5)).toMatchObject({ rowNumber: 5, level: 'principal' });
  });
});

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, RFC 4180 quoting and CRLF', () => {
    expect(toCsv(['name', 'note'], [['Zürich', 'say "hi", then\nleave'], ['a', null]])).toBe(
      '\uFEFFname,note\r\nZürich,"say ""hi"", then\nleave"\r\na,\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1.5)).toBe('1.5');
  });
});

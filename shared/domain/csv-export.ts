/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a BOM (Excel then reads it as UTF-8),
 * RFC 4180 quoting and CRLF line ends, and every text cell that a spreadsheet would run as a
 * formula neutralised with a leading apostrophe (OWASP's advice for CSV injection).
 *
 * A formula trigger is =, +, - or @ in any form a spreadsheet may fold to it (full-width
 * ＝ ＋ － ＠, the small forms ﹦ ﹢ ﹣ ﹫: whatever NFKC turns into one), also after leading
 * whitespace or invisible characters (some spreadsheets trim them before parsing), and a tab or
 * carriage return at the very start.
 *
 * Numbers: a cell passed as a `number` is a value, written bare, so -5 stays a negative number a
 * spreadsheet can sum. A `string` is always text, so "-5" is written '-5: text that only looks
 * numeric cannot be told from "-2+3" without parsing formulas, and the exporters pass amounts as
 * numbers anyway.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_TRIGGER = /^[=+\-@]/;
const CONTROL_START = /^[\t\r]/;
/** Whitespace, C0/C1 controls and zero-width or direction marks a spreadsheet may skip. */
const LEADING_SKIPPABLE = /^[\s\p{Cc}\p{Cf}]+/u;

/** True when a spreadsheet could read `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  if (CONTROL_START.test(text)) return true;
  const first = text.replace(LEADING_SKIPPABLE, '').codePointAt(0);
  return first !== undefined && FORMULA_TRIGGER.test(String.fromCodePoint(first).normalize('NFKC'));
}

const NEEDS_QUOTES = /[",\r\n]/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name without characters that are invalid on Windows, macOS or Linux. */
export function safeFileName(name: string, extension = 'csv'): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'export';
  return `${base}.${extension}`;
}

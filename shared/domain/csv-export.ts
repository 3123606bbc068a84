/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a BOM (Excel then reads it as UTF-8),
 * RFC 4180 quoting and CRLF line ends, and every cell that a spreadsheet would run as a formula
 * (one starting with =, +, -, @, tab or carriage return) neutralised with a leading apostrophe
 * (OWASP's advice for CSV injection). Numbers are written as numbers: a negative number is a
 * value, not a formula.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
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

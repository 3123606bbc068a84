import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

export class BundledDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundledDataError';
  }
}

export interface CsvRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/** Reads a bundled CSV with a header row; any malformed row is an error naming file and line. */
export function readBundledCsv(file: string, requiredColumns: readonly string[]): CsvRow[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const problem = parsed.errors[0];
  if (problem) {
    throw new BundledDataError(`${file}, line ${(problem.row ?? 0) + 2}: ${problem.message}`);
  }
  const columns = parsed.meta.fields ?? [];
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new BundledDataError(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.data.map((values, i) => ({ line: i + 2, values }));
}

/** An empty cell means "not published" and stays null; anything else must be a whole number ≥ 0. */
export function optionalWhole(file: string, row: CsvRow, column: string): number | null {
  const raw = (row.values[column] ?? '').trim();
  if (raw === '') return null;
  if (!/^\d+$/.test(raw)) {
    throw new BundledDataError(`${file}, line ${row.line}, column ${column}: "${raw}" is not a whole number`);
  }
  return Number(raw);
}

export function requiredText(file: string, row: CsvRow, column: string): string {
  const raw = (row.values[column] ?? '').trim();
  if (raw === '') throw new BundledDataError(`${file}, line ${row.line}, column ${column}: empty`);
  return raw;
}

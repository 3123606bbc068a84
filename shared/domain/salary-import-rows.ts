import { CAREER_LEVELS, MAX_ANNUAL_SALARY } from './profile';
import { clip, quote } from './quote';
import type { ColumnMapping, ImportField } from './salary-import';

/** One imported observation, ready to insert. */
export interface SalaryRecordInput {
  rowNumber: number;
  title: string;
  level: string;
  area: string;
  year: number | null;
  base: number | null;
  bonus: number | null;
  equity: number | null;
  total: number;
  yearsExperience: number | null;
  date: string | null;
  currency: string;
  note: string | null;
}

export interface RowError {
  /** Row in the file, header = row 1 (what a spreadsheet shows). */
  row: number;
  /** The header name of the column, or null for a problem with the whole row. */
  column: string | null;
  reason: string;
}

export function describeRowError(e: RowError): string {
  return e.column === null ? `row ${e.row}: ${e.reason}` : `row ${e.row}, column ${e.column}: ${e.reason}`;
}

const US_MONEY = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const EU_MONEY = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+([.,]\d+)?$/;
/** Most cells of a large export are bare whole numbers: they skip the clean-up below. */
const DIGITS = /^\d{1,15}$/;

/**
 * A money amount as people type it: "120000", "120,000", "$120,000.50", "120.000,50 €",
 * "120 000". Returns a number, or a reason it is not one. Bounds: 0 … MAX_ANNUAL_SALARY.
 */
export function parseMoney(raw: string): number | string {
  if (DIGITS.test(raw)) return checkMoneyBounds(raw, Number(raw), false);
  const negative = /^\s*[-−(]/.test(raw);
  const digits = raw.replace(/[\s\u00a0\u202f$€£¥]|[A-Z]{3}|[()−-]/g, '');
  let value: number;
  if (US_MONEY.test(digits)) value = Number(digits.replaceAll(',', ''));
  else if (EU_MONEY.test(digits)) value = Number(digits.replaceAll('.', '').replace(',', '.'));
  else if (PLAIN.test(digits)) value = Number(digits.replace(',', '.'));
  else return `${quote(raw)} is not an amount of money`;
  return checkMoneyBounds(raw, value, negative);
}

function checkMoneyBounds(raw: string, value: number, negative: boolean): number | string {
  if (negative && value !== 0) return `${clip(raw.trim())} is negative: pay cannot be below 0`;
  if (value > MAX_ANNUAL_SALARY) {
    return `${clip(raw.trim())} is over ${MAX_ANNUAL_SALARY.toLocaleString('en-US')} — check for an extra zero`;
  }
  return value;
}

/** Accepts 2024, 2024-05, 2024-05-31 (and / or . separators); returns ISO text and the year. */
export function parseDate(raw: string): { iso: string; year: number } | string {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(raw.trim());
  if (!m) return `${quote(raw)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1950 || year > 2100) return `year ${year} is outside 1950–2100`;
  if (month !== null && (month < 1 || month > 12)) return `${quote(raw)} has no month ${month}`;
  if (month !== null && day !== null) {
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1) return `${quote(raw)} is not a real date`;
  }
  const iso = month === null ? `${year}` : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { iso, year };
}

const pad = (n: number) => String(n).padStart(2, '0');

const LADDER: ReadonlySet<string> = new Set(CAREER_LEVELS);
const LEVEL_ALIASES: Record<string, string> = { 'mid-level': 'mid', midlevel: 'mid', lead: 'staff' };

/** Levels that match the app's ladder are stored as its keys; anything else is kept as written. */
export function normaliseLevel(raw: string): string {
  const key = raw.trim().toLowerCase();
  if (LADDER.has(key)) return key;
  return LEVEL_ALIASES[key] ?? raw.trim();
}

export interface RowContext {
  header: readonly string[];
  mapping: ColumnMapping;
  defaultCurrency: string;
}

/** A mapped column: where it is in the row and the header name errors call it by. */
interface Column {
  index: number;
  name: string;
}

/** Distinct dates a row check remembers the outcome of (a bound on its memory). */
const MAX_REMEMBERED_DATES = 10_000;

export type RowCheck = (cells: readonly string[], rowNumber: number) => SalaryRecordInput | RowError[];

/**
 * The row check for one file. The mapping is resolved to columns once, and the per-row work
 * creates no functions: a large import runs this a million times.
 */
export function rowValidator(ctx: RowContext): RowCheck {
  const column = (field: ImportField): Column | null => {
    const index = ctx.mapping[field];
    return index === undefined ? null : { index, name: clip(ctx.header[index] ?? `#${index + 1}`) };
  };
  const cols = {
    title: column('title'),
    level: column('level'),
    area: column('area'),
    base: column('base'),
    bonus: column('bonus'),
    equity: column('equity'),
    total: column('total'),
    note: column('note'),
  };
  const yearsCol = column('yearsExperience');
  const dateCol = column('date');
  const currencyCol = column('currency');
  const noPayColumn = [cols.base?.name, cols.total?.name].filter(Boolean).join(' / ') || null;
  // A file holds few distinct dates (a million rows over a few years): each is checked once.
  const dates = new Map<string, ReturnType<typeof parseDate>>();
  const width = ctx.header.length;
  const { defaultCurrency } = ctx;

  return (cells, rowNumber) => {
    if (cells.length !== width) {
      return [{ row: rowNumber, column: null, reason: `has ${cells.length} columns, the header has ${width}` }];
    }
    const errors: RowError[] = [];
    const base = money(cells, cols.base, rowNumber, errors);
    const bonus = money(cells, cols.bonus, rowNumber, errors);
    const equity = money(cells, cols.equity, rowNumber, errors);
    let total = money(cells, cols.total, rowNumber, errors);
    let yearsExperience: number | null = null;
    const years = yearsCol ? cell(cells, yearsCol) : '';
    if (yearsCol && years !== '') {
      const n = Number(years.replace(',', '.'));
      if (!Number.isFinite(n)) errors.push({ row: rowNumber, column: yearsCol.name, reason: `${quote(years)} is not a number` });
      else if (n < 0 || n > 60) errors.push({ row: rowNumber, column: yearsCol.name, reason: `${clip(years)} is outside 0–60 years` });
      else yearsExperience = n;
    }
    let date: string | null = null;
    let year: number | null = null;
    const dateText = dateCol ? cell(cells, dateCol) : '';
    if (dateCol && dateText !== '') {
      let parsed = dates.get(dateText);
      if (parsed === undefined) {
        parsed = parseDate(dateText);
        if (dates.size < MAX_REMEMBERED_DATES) dates.set(dateText, parsed);
      }
      if (typeof parsed === 'string') errors.push({ row: rowNumber, column: dateCol.name, reason: parsed });
      else ({ iso: date, year } = parsed);
    }
    let currency = defaultCurrency;
    const currencyText = currencyCol ? cell(cells, currencyCol) : '';
    if (currencyCol && currencyText !== '') {
      const code = currencyText.toUpperCase();
      if (/^[A-Z]{3}$/.test(code)) currency = code;
      else errors.push({ row: rowNumber, column: currencyCol.name, reason: `${quote(currencyText)} is not a three-letter currency code` });
    }
    const title = text(cells, cols.title, 200, rowNumber, errors) ?? '';
    const levelText = text(cells, cols.level, 200, rowNumber, errors);
    const area = text(cells, cols.area, 200, rowNumber, errors) ?? '';
    const note = text(cells, cols.note, 2000, rowNumber, errors);

    if (total === null && base !== null) total = base + (bonus ?? 0) + (equity ?? 0);
    if (total === null && errors.length === 0) {
      errors.push({ row: rowNumber, column: noPayColumn, reason: 'no pay: base or total must have an amount' });
    }
    if (total !== null && total > MAX_ANNUAL_SALARY && errors.length === 0) {
      errors.push({ row: rowNumber, column: null, reason: `base + bonus + equity is over ${MAX_ANNUAL_SALARY.toLocaleString('en-US')}` });
    }
    if (errors.length > 0 || total === null) return errors;
    return {
      rowNumber,
      title,
      level: levelText === null ? '' : normaliseLevel(levelText),
      area,
      year,
      base,
      bonus,
      equity,
      total,
      yearsExperience,
      date,
      currency,
      note,
    };
  };
}

function cell(cells: readonly string[], col: Column): string {
  return (cells[col.index] ?? '').trim();
}

function text(cells: readonly string[], col: Column | null, max: number, row: number, errors: RowError[]): string | null {
  if (col === null) return null;
  const value = cell(cells, col);
  if (value === '') return null;
  if (value.length > max) {
    errors.push({ row, column: col.name, reason: `longer than ${max} characters` });
    return null;
  }
  return value;
}

function money(cells: readonly string[], col: Column | null, row: number, errors: RowError[]): number | null {
  if (col === null) return null;
  const value = cell(cells, col);
  if (value === '') return null;
  const parsed = parseMoney(value);
  if (typeof parsed === 'string') {
    errors.push({ row, column: col.name, reason: parsed });
    return null;
  }
  return parsed;
}

/**
 * Validates one data row against the mapping: every problem in the row is reported, each with
 * its row and column, and nothing is returned for a row with a problem. For many rows of one
 * file, make the check once with rowValidator.
 */
export function validateRow(cells: readonly string[], rowNumber: number, ctx: RowContext): SalaryRecordInput | RowError[] {
  return rowValidator(ctx)(cells, rowNumber);
}

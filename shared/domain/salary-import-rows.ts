import { CAREER_LEVELS, MAX_ANNUAL_SALARY } from './profile';
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

/**
 * A money amount as people type it: "120000", "120,000", "$120,000.50", "120.000,50 €",
 * "120 000". Returns a number, or a reason it is not one. Bounds: 0 … MAX_ANNUAL_SALARY.
 */
export function parseMoney(raw: string): number | string {
  const negative = /^\s*[-−(]/.test(raw);
  const digits = raw.replace(/[\s\u00a0\u202f$€£¥]|[A-Z]{3}|[()−-]/g, '');
  let value: number;
  if (US_MONEY.test(digits)) value = Number(digits.replaceAll(',', ''));
  else if (EU_MONEY.test(digits)) value = Number(digits.replaceAll('.', '').replace(',', '.'));
  else if (PLAIN.test(digits)) value = Number(digits.replace(',', '.'));
  else return `"${raw}" is not an amount of money`;
  if (negative && value !== 0) return `${raw.trim()} is negative: pay cannot be below 0`;
  if (value > MAX_ANNUAL_SALARY) {
    return `${raw.trim()} is over ${MAX_ANNUAL_SALARY.toLocaleString('en-US')} — check for an extra zero`;
  }
  return value;
}

/** Accepts 2024, 2024-05, 2024-05-31 (and / or . separators); returns ISO text and the year. */
export function parseDate(raw: string): { iso: string; year: number } | string {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(raw.trim());
  if (!m) return `"${raw}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1950 || year > 2100) return `year ${year} is outside 1950–2100`;
  if (month !== null && (month < 1 || month > 12)) return `"${raw}" has no month ${month}`;
  if (month !== null && day !== null) {
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1) return `"${raw}" is not a real date`;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = month === null ? `${year}` : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { iso, year };
}

const LEVEL_ALIASES: Record<string, string> = { 'mid-level': 'mid', midlevel: 'mid', lead: 'staff', principal: 'staff' };

/** Levels that match the app's ladder are stored as its keys; anything else is kept as written. */
export function normaliseLevel(raw: string): string {
  const key = raw.trim().toLowerCase();
  if ((CAREER_LEVELS as readonly string[]).includes(key)) return key;
  return LEVEL_ALIASES[key] ?? raw.trim();
}

export interface RowContext {
  header: readonly string[];
  mapping: ColumnMapping;
  defaultCurrency: string;
}

/**
 * Validates one data row against the mapping: every problem in the row is reported, each with
 * its row and column, and nothing is returned for a row with a problem.
 */
export function validateRow(cells: readonly string[], rowNumber: number, ctx: RowContext): SalaryRecordInput | RowError[] {
  const errors: RowError[] = [];
  if (cells.length !== ctx.header.length) {
    return [{ row: rowNumber, column: null, reason: `has ${cells.length} columns, the header has ${ctx.header.length}` }];
  }
  const columnOf = (field: ImportField) => {
    const index = ctx.mapping[field];
    return index === undefined ? null : { name: ctx.header[index] ?? `#${index + 1}`, value: (cells[index] ?? '').trim() };
  };
  const text = (field: ImportField, max = 200): string | null => {
    const col = columnOf(field);
    if (!col || col.value === '') return null;
    if (col.value.length > max) {
      errors.push({ row: rowNumber, column: col.name, reason: `longer than ${max} characters` });
      return null;
    }
    return col.value;
  };
  const money = (field: ImportField): number | null => {
    const col = columnOf(field);
    if (!col || col.value === '') return null;
    const parsed = parseMoney(col.value);
    if (typeof parsed === 'string') {
      errors.push({ row: rowNumber, column: col.name, reason: parsed });
      return null;
    }
    return parsed;
  };

  const base = money('base');
  const bonus = money('bonus');
  const equity = money('equity');
  let total = money('total');
  let yearsExperience: number | null = null;
  const years = columnOf('yearsExperience');
  if (years && years.value !== '') {
    const n = Number(years.value.replace(',', '.'));
    if (!Number.isFinite(n) || years.value === '') errors.push({ row: rowNumber, column: years.name, reason: `"${years.value}" is not a number` });
    else if (n < 0 || n > 60) errors.push({ row: rowNumber, column: years.name, reason: `${years.value} is outside 0–60 years` });
    else yearsExperience = n;
  }
  let date: string | null = null;
  let year: number | null = null;
  const dateCol = columnOf('date');
  if (dateCol && dateCol.value !== '') {
    const parsed = parseDate(dateCol.value);
    if (typeof parsed === 'string') errors.push({ row: rowNumber, column: dateCol.name, reason: parsed });
    else ({ iso: date, year } = parsed);
  }
  let currency = ctx.defaultCurrency;
  const currencyCol = columnOf('currency');
  if (currencyCol && currencyCol.value !== '') {
    const code = currencyCol.value.toUpperCase();
    if (/^[A-Z]{3}$/.test(code)) currency = code;
    else errors.push({ row: rowNumber, column: currencyCol.name, reason: `"${currencyCol.value}" is not a three-letter currency code` });
  }
  const title = text('title') ?? '';
  const levelText = text('level');
  const area = text('area') ?? '';
  const note = text('note', 2000);

  if (total === null && base !== null) total = base + (bonus ?? 0) + (equity ?? 0);
  if (total === null && errors.length === 0) {
    const named = [columnOf('base')?.name, columnOf('total')?.name].filter(Boolean).join(' / ');
    errors.push({ row: rowNumber, column: named || null, reason: 'no pay: base or total must have an amount' });
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
}

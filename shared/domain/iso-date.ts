import { isValid } from 'date-fns';

/**
 * Calendar dates travel as ISO `yyyy-MM-dd` strings and are read as local midnight, so day and
 * week arithmetic (date-fns) is by calendar day whatever the clock does at a DST change.
 */
export const ISO_DATE = 'yyyy-MM-dd';

// Hand-written rather than date-fns' parse/format: those bring every format token's parser and
// formatter into the renderer's first chunk (tens of KB) for this one fixed pattern. Same results,
// checked against date-fns by test/unit/dates.test.ts.
const ISO_PARTS = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/;

export const toDate = (iso: string): Date => {
  const parts = ISO_PARTS.exec(iso);
  const [year, month, day] = parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [0, 0, 0];
  // date-fns' parse has no year 0 either.
  if (year < 1) return new Date(Number.NaN);
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  // setFullYear rolls 2023-02-30 over into March; a date that rolled over is no date.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : new Date(Number.NaN);
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const toIso = (date: Date): string => {
  if (!isValid(date)) throw new RangeError('Invalid time value');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
};

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(toDate(value)) && toIso(toDate(value)) === value;

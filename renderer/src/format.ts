import { toDate } from '@shared/domain/iso-date';

/**
 * Every number, date and duration the screens show goes through here, in the user's locale (the
 * same one the date inputs follow), so one figure reads the same way on every screen.
 *
 * Each formatter is made on first use, not when this module loads: a window's first Intl
 * formatter loads the locale data (tens of milliseconds, more on a busy machine), and the entry
 * asks for the first screen's data before that, not after (first-screen.ts).
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integer = once(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }));
const decimal = once(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }));

export const formatInteger = (n: number): string => integer().format(n);
export const formatDecimal = (n: number): string => decimal().format(n);

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

const dayMonthYear = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }));
const dayMonth = once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }));
const monthName = once(() => new Intl.DateTimeFormat(undefined, { month: 'short' }));
const weekdayName = once(() => new Intl.DateTimeFormat(undefined, { weekday: 'short' }));
const dateTime = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

/** A calendar date (`yyyy-MM-dd`) as text: "Jan 5, 2026" in en-US, "5 janv. 2026" in fr-FR. */
export const formatDate = (iso: string): string => dayMonthYear().format(toDate(iso));
/** Day and month only, for chart axes where the year is plain from the context. */
export const formatDayMonth = (iso: string): string => dayMonth().format(toDate(iso));
export const formatMonth = (iso: string): string => monthName().format(toDate(iso));
/** The same as formatDate and formatMonth for a Date in hand (a chart axis value), without parsing text again. */
export const formatDayOf = (date: Date): string => dayMonthYear().format(date);
export const formatMonthOf = (date: Date): string => monthName().format(date);
export const formatWeekday = (iso: string): string => weekdayName().format(toDate(iso));
/** A moment (an ISO timestamp such as `2026-01-05T09:30:00.000Z`) in local time. */
export const formatDateTime = (timestamp: string): string => dateTime().format(new Date(timestamp));

/** Minutes of study as hours, one decimal: "133 h", "0.5 h". */
export const formatHours = (minutes: number): string => `${formatDecimal(Math.round((minutes / 60) * 10) / 10)} h`;
/** Elapsed time, one decimal: "0.1 s", "12.4 s"; a run too short to round to 0.1 s says so. */
export const formatSeconds = (seconds: number): string => (seconds > 0 && seconds < 0.05 ? `< ${formatDecimal(0.1)} s` : `${formatDecimal(seconds)} s`);

/** What went wrong, in words, whatever was thrown. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const percent = once(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }));
/** A rate as a percentage (0.0218 → "2.18%"), the same on screen and in the PDF. */
export const formatPercent = (rate: number): string => percent().format(rate);

/** Makes the formatters the career plan uses now: the print route does it while its data is on the way. */
export function prepareFormats(): void {
  formatDecimal(0);
  formatDate('2026-01-01');
}

import { toDate } from '@shared/domain/iso-date';

/**
 * Every number, date and duration the screens show goes through here, in the user's locale (the
 * same one the date inputs follow), so one figure reads the same way on every screen.
 */

/**
 * Builds a formatter the first time it is used. Building one takes milliseconds (the first loads
 * the locale's data); the entry imports this module before it sends the first screen's requests,
 * so formatters built at import would hold those requests back, and most screens use few of them.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integer = onFirstUse(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }));
const decimal = onFirstUse(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }));

/**
 * Builds the formatters most screens (and the printed plan) use first. The first formatter a page builds loads the
 * locale's data (tens of milliseconds, more on a busy machine); called while core answers the
 * first screen's requests, that is not added after the answer, when the screen draws its numbers.
 */
export function warmFormatters(): void {
  decimal();
  dayMonthYear();
}

export const formatInteger = (n: number): string => integer().format(n);
export const formatDecimal = (n: number): string => decimal().format(n);

const money = new Map<string, Intl.NumberFormat>();
/** An amount in whole units of `currency`; one formatter per currency, built once. */
export function formatMoney(amount: number, currency: string): string {
  let format = money.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
    money.set(currency, format);
  }
  return format.format(amount);
}

const dayMonthYear = onFirstUse(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }));
const dayMonth = onFirstUse(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }));
const monthName = onFirstUse(() => new Intl.DateTimeFormat(undefined, { month: 'short' }));
const weekdayName = onFirstUse(() => new Intl.DateTimeFormat(undefined, { weekday: 'short' }));
const dateTime = onFirstUse(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

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

const percent = onFirstUse(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }));
/** A rate as a percentage (0.0218 → "2.18%"), the same on screen and in the PDF. */
export const formatPercent = (rate: number): string => percent().format(rate);

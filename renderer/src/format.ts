import { toDate } from '@shared/domain/iso-date';
import { enUsDollars, enUsMediumDate, enUsNumber } from './format-en-us';

/**
 * Every number, date and duration the screens show goes through here, in the user's locale, so one
 * figure reads the same way on every screen.
 */

/**
 * The user's locale: the first language the browser (in Electron, the app) is set to. Named, not
 * left to Intl's default, so that the en-US formats written without Intl (format-en-us.ts) are
 * known to be the ones Intl would give.
 */
export const formatLocale: string = typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
/** en-US: the first screens' figures are written without Intl (the first Intl formatter costs tens of milliseconds). */
const enUs = formatLocale === 'en-US';

/**
 * Builds a formatter the first time it is used. Building one takes milliseconds (the first loads
 * the locale's data); the entry imports this module before it sends the first screen's requests,
 * so formatters built at import would hold those requests back, and most screens use few of them.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integer = onFirstUse(() => new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 0 }));
const decimal = onFirstUse(() => new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 1 }));

/**
 * Builds the formatters most screens (and the printed plan) use. The first formatter a page builds
 * loads the locale's data (tens of milliseconds, more on a busy machine). In en-US the first
 * screens need none, and this runs once the window is idle after its first screen; in other
 * locales the entry calls it while core answers the first screen's requests.
 */
export function warmFormatters(): void {
  decimal();
  dayMonthYear();
}

/** Whether the first screen's figures need Intl's formatters, which are then best built early. */
export const firstScreenNeedsIntl = !enUs;

export const formatInteger = (n: number): string => (enUs ? enUsNumber(n, 0) : null) ?? integer().format(n);
export const formatDecimal = (n: number): string => (enUs ? enUsNumber(n, 1) : null) ?? decimal().format(n);

const money = new Map<string, Intl.NumberFormat>();
/** An amount in whole units of `currency`; one formatter per currency, built once. */
export function formatMoney(amount: number, currency: string): string {
  const fast = enUs && currency === 'USD' ? enUsDollars(amount) : null;
  if (fast !== null) return fast;
  let format = money.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale, { style: 'currency', currency, maximumFractionDigits: 0 });
    money.set(currency, format);
  }
  return format.format(amount);
}

const dayMonthYear = onFirstUse(() => new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium' }));
const dayMonth = onFirstUse(() => new Intl.DateTimeFormat(formatLocale, { day: 'numeric', month: 'short' }));
const monthName = onFirstUse(() => new Intl.DateTimeFormat(formatLocale, { month: 'short' }));
const weekdayName = onFirstUse(() => new Intl.DateTimeFormat(formatLocale, { weekday: 'short' }));
const dateTime = onFirstUse(() => new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium', timeStyle: 'short' }));

/** A calendar date (`yyyy-MM-dd`) as text: "Jan 5, 2026" in en-US, "5 janv. 2026" in fr-FR. */
export const formatDate = (iso: string): string => formatDayOf(toDate(iso));
/** Day and month only, for chart axes where the year is plain from the context. */
export const formatDayMonth = (iso: string): string => dayMonth().format(toDate(iso));
export const formatMonth = (iso: string): string => monthName().format(toDate(iso));
/** The same as formatDate and formatMonth for a Date in hand (a chart axis value), without parsing text again. */
export const formatDayOf = (date: Date): string =>
  (enUs && !Number.isNaN(date.getTime()) ? enUsMediumDate(date.getFullYear(), date.getMonth(), date.getDate()) : null) ?? dayMonthYear().format(date);
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

const percent = onFirstUse(() => new Intl.NumberFormat(formatLocale, { style: 'percent', maximumFractionDigits: 2 }));
/** A rate as a percentage (0.0218 → "2.18%"), the same on screen and in the PDF. */
export const formatPercent = (rate: number): string => percent().format(rate);

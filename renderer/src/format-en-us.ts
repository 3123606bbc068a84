/**
 * The en-US formats of the figures the first screens show, written without Intl. The first Intl
 * formatter a page builds loads ICU's locale data: 25–110 ms of the window's main thread, more than
 * the rest of the dashboard's first frame costs in JavaScript. Each function gives exactly what
 * `Intl` gives for en-US with the options named on it (test/unit/format-en-us.test.ts holds them
 * to it, property by property), or null where it does not try and the caller uses Intl.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Beyond this, or below the smallest step, `String(n)` may switch to exponent notation. */
const LARGEST = 1e15;

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** "129" → "130": one added to a string of decimal digits. */
function addOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  return i < 0 ? `1${'0'.repeat(digits.length)}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - 1 - i)}`;
}

/**
 * `|n|` rounded to `fractionDigits` places, half away from zero, trailing zeros dropped, thousands
 * grouped. ICU rounds the shortest decimal that reads back as the double (what `String(n)` writes),
 * not the double's exact binary value (what `toFixed` rounds): 1.15 is "1.2" for Intl and "1.1"
 * for `toFixed`.
 */
function magnitude(n: number, fractionDigits: number): string | null {
  if (!Number.isFinite(n) || Math.abs(n) >= LARGEST) return null;
  const text = String(Math.abs(n));
  if (text.includes('e')) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  let kept = `${whole}${fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0')}`;
  if ((fraction[fractionDigits] ?? '0') >= '5') kept = addOne(kept);
  const wholeDigits = kept.slice(0, kept.length - fractionDigits) || '0';
  const fractionKept = kept.slice(kept.length - fractionDigits).replace(/0+$/, '');
  return fractionKept === '' ? groupThousands(wholeDigits) : `${groupThousands(wholeDigits)}.${fractionKept}`;
}

/** Negative numbers and negative zero carry a minus sign in Intl's en-US output, "-0" included. */
const sign = (n: number): string => (n < 0 || Object.is(n, -0) ? '-' : '');

/** `new Intl.NumberFormat('en-US', { maximumFractionDigits })`, for 0 to 3 digits. */
export function enUsNumber(n: number, maximumFractionDigits: number): string | null {
  const digits = magnitude(n, maximumFractionDigits);
  return digits === null ? null : `${sign(n)}${digits}`;
}

/** `new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })`. */
export function enUsDollars(n: number): string | null {
  const digits = magnitude(n, 0);
  return digits === null ? null : `${sign(n)}$${digits}`;
}

/** `new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })` of a local date: "Jan 5, 2026". */
export function enUsMediumDate(year: number, monthIndex: number, day: number): string | null {
  // Intl writes years before 1 with an era ("1 BC"); JavaScript dates end in 275760.
  if (!Number.isInteger(year) || year < 1 || year > 275_760) return null;
  const month = MONTHS[monthIndex];
  return month === undefined ? null : `${month} ${day}, ${year}`;
}

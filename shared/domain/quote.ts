/**
 * How much of a user's value (a CSV cell, a header name, a key of a request) an error message
 * repeats. A cell can be a megabyte: quoted whole in each of a hundred row errors it made a
 * 100 MB answer. A short value is shown as it is; a long one by its start, "…" and its length.
 */
export const QUOTE_MAX_CHARS = 80;

/** At most `max` UTF-16 units from the start, never half of a surrogate pair. */
function head(value: string, max: number): string {
  const code = value.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return value.slice(0, end);
}

const lengthNote = (value: string) => ` (${value.length.toLocaleString('en-US')} characters)`;

/** The value in double quotes: `"abc"`, or `"abc…" (1,048,576 characters)` when it is long. */
export function quote(value: string, max = QUOTE_MAX_CHARS): string {
  if (value.length <= max) return `"${value}"`;
  return `"${head(value, Math.max(1, max - 1))}…"${lengthNote(value)}`;
}

/** The same without quotes, for names and amounts a message shows bare: `abc… (1,048,576 characters)`. */
export function clip(value: string, max = QUOTE_MAX_CHARS): string {
  if (value.length <= max) return value;
  return `${head(value, Math.max(1, max - 1))}…${lengthNote(value)}`;
}

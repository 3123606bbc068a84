// Calendar arithmetic for the roadmap scheduler. Dates become whole day numbers by the civil
// calendar alone (no Date, no time zone), so a DST change or a year end cannot shift a day, and
// converting 600 dates per schedule stays far below the scheduler's time budget.

import type { WeekOff } from './roadmap-schedule-types';

/** Days since 1970-01-01 for an ISO `yyyy-MM-dd` date (proleptic Gregorian calendar). */
export function dayNumber(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The ISO date of a day number (inverse of `dayNumber`). */
export function isoOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Snaps float noise in hours and days (sums of thirds and sevenths) to the intended boundary. */
export const EPS = 1e-9;

/**
 * The days available for study, as "working time": days counted from the schedule's start with
 * the days off taken out. Work happens in working time; these functions map it to calendar days.
 */
export interface WorkCalendar {
  /** Working time at the start of calendar day `day` (relative to the start): days before it, minus days off. */
  workingAt(day: number): number;
  /** The calendar day on which work at working time `w` happens (days off skipped forward). */
  dayOfStart(w: number): number;
  /** The calendar day on which work finishing at working time `w` is last done. */
  dayOfEnd(w: number): number;
}

export function workCalendar(startDay: number, weeksOff: readonly WeekOff[]): WorkCalendar {
  // Off ranges as [from, to) in days relative to the start, clipped at the start, merged.
  const raw: [number, number][] = [];
  for (const off of weeksOff) {
    const from = Math.max(0, dayNumber(off.start) - startDay);
    const to = dayNumber(off.end) - startDay + 1;
    if (to > from) raw.push([from, to]);
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of raw) {
    const last = to.length - 1;
    if (last >= 0 && a <= (to[last] as number)) to[last] = Math.max(to[last] as number, b);
    else {
      from.push(a);
      to.push(b);
    }
  }
  // offBefore[i]: days off in the ranges before range i; at[i]: the working time where range i sits.
  const offBefore: number[] = [];
  const at: number[] = [];
  let total = 0;
  for (let i = 0; i < from.length; i++) {
    offBefore.push(total);
    at.push((from[i] as number) - total);
    total += (to[i] as number) - (from[i] as number);
  }
  /** How many ranges sit at working time ≤ w (inclusive) or < w (exclusive), with float slack. */
  const rangesUpTo = (w: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = at[mid] as number;
      if (inclusive ? p <= w + EPS : p < w - EPS) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const offInFirst = (n: number) => (n === 0 ? 0 : (offBefore[n - 1] as number) + (to[n - 1] as number) - (from[n - 1] as number));
  return {
    workingAt(day) {
      let off = 0;
      for (let i = 0; i < from.length && (from[i] as number) < day; i++) off += Math.min(day, to[i] as number) - (from[i] as number);
      return day - off;
    },
    dayOfStart(w) {
      return Math.floor(w + offInFirst(rangesUpTo(w, true)) + EPS);
    },
    dayOfEnd(w) {
      return Math.ceil(w + offInFirst(rangesUpTo(w, false)) - EPS) - 1;
    },
  };
}

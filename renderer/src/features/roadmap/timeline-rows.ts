import { formatDayOf } from '../../format';
import { itemStatus, type ItemStatus } from './roadmap-status';
import type { ScheduleViewProps } from './schedule-props';

/** One roadmap item as the timeline shows it. */
export interface TimelineRow {
  itemId: number;
  skillId: string;
  name: string;
  status: ItemStatus;
  /** Hours still to go. */
  hours: number;
  start: string | null;
  /** The last day with hours (inclusive). */
  end: string | null;
}

export interface DatedRow extends TimelineRow {
  start: string;
  end: string;
}

export const isDated = (row: TimelineRow): row is DatedRow => row.start !== null && row.end !== null;

/**
 * Every item, dated ones by start date (ties in the user's order) so the bars read as a cascade,
 * then those the schedule gives no dates: done, skipped, or no time planned.
 */
export function timelineRows({ view, schedule }: ScheduleViewProps): TimelineRow[] {
  const scheduled = new Map(schedule.items.map((s) => [s.itemId, s]));
  const rows = view.items.map((item) => {
    const s = scheduled.get(item.id);
    const row: TimelineRow = {
      itemId: item.id,
      skillId: item.skillId,
      name: item.skillName,
      status: itemStatus(item, s),
      hours: s?.hours ?? 0,
      start: s?.start ?? null,
      end: s?.end ?? null,
    };
    return { row, position: item.position };
  });
  const key = (r: TimelineRow) => r.start ?? '9999-99-99';
  rows.sort((a, b) => (key(a.row) < key(b.row) ? -1 : key(a.row) > key(b.row) ? 1 : a.position - b.position || a.row.itemId - b.row.itemId));
  return rows.map((r) => r.row);
}

/**
 * Local midnight of an ISO date, `days` later. date-fns' parse (toDate) costs tens of microseconds
 * a call, and a 300-item timeline reads 600 dates on every re-schedule; these are the schedule's
 * own yyyy-MM-dd strings, so reading the three numbers is enough.
 */
export function dayMs(iso: string, days = 0): number {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days).getTime();
}

/** A bar covers its days whole: from the start day's midnight to the midnight after its end. */
export const barSpan = (row: DatedRow): [number, number] => [dayMs(row.start), dayMs(row.end, 1)];

const shown = new Map<string, string>();
/** formatDate, remembered and without date-fns' parse: a re-schedule shows hundreds of dates again. */
export function shownDate(iso: string): string {
  let text = shown.get(iso);
  if (text === undefined) {
    text = formatDayOf(new Date(dayMs(iso)));
    if (shown.size > 5000) shown.clear();
    shown.set(iso, text);
  }
  return text;
}

/** The axis: today, every bar and every goal's due date, with a week's margin each side. */
export function timelineRange(rows: readonly DatedRow[], today: string, dueDates: readonly string[]): { min: number; max: number } {
  const dates = [today, ...dueDates, ...rows.flatMap((r) => [r.start, r.end])].sort();
  const first = dates[0] ?? today;
  const last = dates.at(-1) ?? today;
  return { min: dayMs(first, -7), max: dayMs(last, 8) };
}

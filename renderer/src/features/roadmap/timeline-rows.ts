import { addDays } from 'date-fns';
import { toDate } from '@shared/domain/dates';
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

/** A bar covers its days whole: from the start day's midnight to the midnight after its end. */
export const barSpan = (row: DatedRow): [number, number] => [toDate(row.start).getTime(), addDays(toDate(row.end), 1).getTime()];

/** The axis: today, every bar and every goal's due date, with a week's margin each side. */
export function timelineRange(rows: readonly DatedRow[], today: string, dueDates: readonly string[]): { min: number; max: number } {
  const dates = [today, ...dueDates, ...rows.flatMap((r) => [r.start, r.end])].sort();
  const first = dates[0] ?? today;
  const last = dates.at(-1) ?? today;
  return { min: addDays(toDate(first), -7).getTime(), max: addDays(toDate(last), 8).getTime() };
}

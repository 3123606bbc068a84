import type { RoadmapItemStatus } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { formatDate } from '../../format';

export const STATUS_LABELS: Record<RoadmapItemStatus, string> = { planned: 'Planned', done: 'Done', skipped: 'Skipped' };

// A long roadmap formats the same few hundred dates on every re-schedule; Intl is the slow part.
const formatted = new Map<string, string>();
function dateText(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    text = formatDate(iso);
    formatted.set(iso, text);
  }
  return text;
}

/** An item's dates as the list shows them. */
export function datesText(status: RoadmapItemStatus, scheduled: ScheduledItem | undefined, noTimePlanned: boolean): string {
  if (status !== 'planned') return STATUS_LABELS[status];
  if (noTimePlanned) return 'No time planned';
  if (!scheduled?.start || !scheduled.end) return 'Not scheduled';
  return scheduled.start === scheduled.end ? dateText(scheduled.start) : `${dateText(scheduled.start)} – ${dateText(scheduled.end)}`;
}

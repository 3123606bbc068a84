import type { RoadmapItem } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';

/** How an item stands in the schedule, as the timeline colours it and the graph labels it. */
export type ItemStatus = 'done' | 'skipped' | 'critical' | 'ready' | 'planned';

export const ITEM_STATUSES: readonly ItemStatus[] = ['critical', 'ready', 'planned', 'done', 'skipped'];

export const STATUS_LABEL: Record<ItemStatus, string> = {
  critical: 'critical',
  ready: 'ready now',
  planned: 'planned',
  done: 'done',
  skipped: 'skipped',
};

/**
 * The user's own mark (done, skipped) first; then critical before ready now, since a critical
 * item that is also ready is the one to start today and its delay moves the finish.
 */
export function itemStatus(item: Pick<RoadmapItem, 'status'>, scheduled: Pick<ScheduledItem, 'critical' | 'readyNow'> | undefined): ItemStatus {
  if (item.status !== 'planned') return item.status;
  if (scheduled?.critical) return 'critical';
  if (scheduled?.readyNow) return 'ready';
  return 'planned';
}

import { createContext, useContext } from 'react';
import type { RoadmapItemStatus } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { formatDecimal } from '../../format';
import { datesText } from './item-text';

interface ItemScheduleValue {
  scheduled: ReadonlyMap<number, ScheduledItem>;
  noTimePlanned: boolean;
}

/**
 * The live schedule for the item rows. The rows themselves are memoised and re-render only when
 * their item changes; these small parts read the schedule from here, so a change to hours per
 * week re-renders a few text nodes per row instead of every sortable row.
 */
export const ItemScheduleContext = createContext<ItemScheduleValue>({ scheduled: new Map(), noTimePlanned: false });

export function ScheduleBadges({ itemId, status }: { itemId: number; status: RoadmapItemStatus }) {
  const s = useContext(ItemScheduleContext).scheduled.get(itemId);
  return (
    <>
      {s?.readyNow && status === 'planned' ? <span className="badge badge-ready">Ready now</span> : null}
      {s?.critical ? <span className="badge badge-critical">Critical</span> : null}
    </>
  );
}

export function ScheduleFacts({ itemId, status }: { itemId: number; status: RoadmapItemStatus }) {
  const { scheduled, noTimePlanned } = useContext(ItemScheduleContext);
  const s = scheduled.get(itemId);
  return (
    <>
      <span data-testid="item-hours">{s ? `${formatDecimal(s.hours)} h left` : '—'}</span>
      <span data-testid="item-dates">{datesText(status, s, noTimePlanned)}</span>
    </>
  );
}

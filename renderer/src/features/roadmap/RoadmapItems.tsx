import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RoadmapItem } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { useAppStore } from '../../store';
import { ItemScheduleContext } from './item-schedule';
import { SortableItems } from './SortableItems';
import { useLive } from './use-live-schedule';

interface RoadmapItemsProps {
  roadmapId: number;
  /** In the user's order. */
  items: readonly RoadmapItem[];
  scheduled: ReadonlyMap<number, ScheduledItem>;
  noTimePlanned: boolean;
}

/**
 * Every item in the user's order; reorder by dragging, by keyboard (Space, arrows, Space), with
 * Alt+↑/↓ on the handle or with the arrow buttons. The schedule reaches the rows through context,
 * so a new schedule (hours per week typed) leaves the sortable list itself alone.
 */
export function RoadmapItems({ roadmapId, items, scheduled, noTimePlanned }: RoadmapItemsProps) {
  const { track } = useLive();
  const schedule = useMemo(() => ({ scheduled, noTimePlanned }), [scheduled, noTimePlanned]);
  const reorder = useAppStore((s) => s.reorderRoadmap);
  const reportError = useAppStore((s) => s.reportError);
  const [announcement, setAnnouncement] = useState('');
  const [refocus, setRefocus] = useState<{ id: number; via: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // The callbacks stay the same across renders (the rows are memoised) and read the order here.
  const order = useRef(items);
  useLayoutEffect(() => {
    order.current = items;
  }, [items]);

  const save = useCallback(
    (ids: number[], movedId: number) => {
      const name = order.current.find((i) => i.id === movedId)?.skillName ?? 'item';
      setAnnouncement(`${name} moved to position ${ids.indexOf(movedId) + 1} of ${ids.length}.`);
      reorder(roadmapId, ids).catch(reportError);
    },
    [reorder, reportError, roadmapId],
  );

  const move = useCallback(
    (id: number, delta: -1 | 1, via: string) => {
      const ids = order.current.map((i) => i.id);
      const from = ids.indexOf(id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= ids.length) return;
      save(arrayMove(ids, from, to), id);
      setRefocus({ id, via });
    },
    [save],
  );

  const drop = useCallback(
    (activeId: number, overId: number) => {
      const ids = order.current.map((i) => i.id);
      save(arrayMove(ids, ids.indexOf(activeId), ids.indexOf(overId)), activeId);
    },
    [save],
  );

  // A moved row is re-placed in the page; the control that moved it keeps the focus.
  useEffect(() => {
    if (!refocus) return;
    const row = listRef.current?.querySelector(`[data-item-id="${refocus.id}"]`);
    const target = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.via}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-move="handle"]');
    if (target && document.activeElement !== target) target.focus();
  }, [refocus, items]);

  if (items.length === 0) return <p className="muted">No skills on this roadmap yet. Add one below.</p>;

  return (
    <>
      <ItemScheduleContext.Provider value={schedule}>
        <SortableItems items={items} listRef={listRef} onMove={move} onDrop={drop} track={track} />
      </ItemScheduleContext.Provider>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

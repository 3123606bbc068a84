import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import type { RoadmapItem } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { useAppStore } from '../../store';
import { RoadmapItemRow } from './RoadmapItemRow';

interface RoadmapItemsProps {
  roadmapId: number;
  /** In the user's order. */
  items: readonly RoadmapItem[];
  scheduled: ReadonlyMap<number, ScheduledItem>;
  noTimePlanned: boolean;
}

/** Every item in the user's order; reorder by dragging, by keyboard (Space, arrows, Space) or with Alt+↑/↓ and the Up/Down buttons. */
export function RoadmapItems({ roadmapId, items, scheduled, noTimePlanned }: RoadmapItemsProps) {
  const reorder = useAppStore((s) => s.reorderRoadmap);
  const reportError = useAppStore((s) => s.reportError);
  const [announcement, setAnnouncement] = useState('');
  const [refocus, setRefocus] = useState<{ id: number; via: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => items.find((i) => i.id === id)?.skillName ?? 'item';
  const positionOf = (id: unknown) => items.findIndex((i) => i.id === id) + 1;

  function save(ids: number[], movedId: number) {
    const name = nameOf(movedId);
    setAnnouncement(`${name} moved to position ${ids.indexOf(movedId) + 1} of ${ids.length}.`);
    reorder(roadmapId, ids).catch(reportError);
  }

  function move(id: number, delta: -1 | 1, via: string) {
    const from = items.findIndex((i) => i.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= items.length) return;
    save(arrayMove(items.map((i) => i.id), from, to), id);
    setRefocus({ id, via });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const ids = items.map((i) => i.id);
    save(arrayMove(ids, ids.indexOf(Number(active.id)), ids.indexOf(Number(over.id))), Number(active.id));
  }

  // A moved row is re-placed in the page; the control that moved it keeps the focus.
  useEffect(() => {
    if (!refocus) return;
    const row = listRef.current?.querySelector(`[data-item-id="${refocus.id}"]`);
    const target = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.via}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-move="handle"]');
    if (target && document.activeElement !== target) target.focus();
  }, [refocus, items]);

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)} of ${items.length}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${items.length}.` : `${nameOf(active.id)} is no longer over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)} of ${items.length}.` : `${nameOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  if (items.length === 0) return <p className="muted">No skills on this roadmap yet. Add one below.</p>;

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: 'To move a skill, press Space, then the arrow keys, then Space to drop it; Escape cancels. Alt+Up or Alt+Down moves it one place at once.' },
        }}
      >
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="roadmap-items" aria-label="Roadmap items" ref={listRef}>
            {items.map((item, index) => (
              <RoadmapItemRow
                key={item.id}
                item={item}
                scheduled={scheduled.get(item.id)}
                noTimePlanned={noTimePlanned}
                index={index}
                count={items.length}
                onMove={move}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

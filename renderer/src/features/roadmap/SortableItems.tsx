import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo, type RefObject } from 'react';
import type { RoadmapItem } from '@shared/domain/roadmap';
import { RoadmapItemRow } from './RoadmapItemRow';
import type { LiveSchedule } from './use-live-schedule';

interface SortableItemsProps {
  items: readonly RoadmapItem[];
  listRef: RefObject<HTMLOListElement | null>;
  onMove(id: number, delta: -1 | 1, via: string): void;
  onDrop(activeId: number, overId: number): void;
  track: LiveSchedule['track'];
}

const INSTRUCTIONS = {
  draggable: 'To move a skill, press Space, then the arrow keys, then Space to drop it; Escape cancels. Alt+Up or Alt+Down moves it one place at once.',
};

/** The drag-and-drop list. Memoised: it re-renders when the items or their order change, not when only the dates do. */
export const SortableItems = memo(function SortableItems({ items, listRef, onMove, onDrop, track }: SortableItemsProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const accessibility = useMemo(() => {
    const nameOf = (id: unknown) => items.find((i) => i.id === id)?.skillName ?? 'item';
    const positionOf = (id: unknown) => items.findIndex((i) => i.id === id) + 1;
    const announcements: Announcements = {
      onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)} of ${items.length}.`,
      onDragOver: ({ active, over }) =>
        over ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${items.length}.` : `${nameOf(active.id)} is no longer over the list.`,
      onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)} of ${items.length}.` : `${nameOf(active.id)} dropped.`),
      onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
    };
    return { announcements, screenReaderInstructions: INSTRUCTIONS };
  }, [items]);

  function onDragEnd({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id) onDrop(Number(active.id), Number(over.id));
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="roadmap-items" aria-label="Roadmap items" ref={listRef}>
          {items.map((item, index) => (
            <RoadmapItemRow key={item.id} item={item} index={index} count={items.length} onMove={onMove} track={track} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
});

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical } from 'lucide-react';
import { memo, useState, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { RoadmapItem, RoadmapItemStatus } from '@shared/domain/roadmap';
import { useAppStore } from '../../store';
import { ItemEditor } from './ItemEditor';
import { ScheduleBadges, ScheduleFacts } from './item-schedule';
import { STATUS_LABELS } from './item-text';
import type { LiveSchedule } from './use-live-schedule';

interface RoadmapItemRowProps {
  item: RoadmapItem;
  index: number;
  count: number;
  onMove(id: number, delta: -1 | 1, via: 'up' | 'down' | 'handle'): void;
  /** The live schedule's (stable) tracker, so a row re-renders only when its own props change. */
  track: LiveSchedule['track'];
}

/** One item of the roadmap: what it aims at, when it runs, and what can be done to it. */
export const RoadmapItemRow = memo(function RoadmapItemRow({ item, index, count, onMove, track }: RoadmapItemRowProps) {
  const updateItem = useAppStore((s) => s.updateRoadmapItem);
  const removeItem = useAppStore((s) => s.removeRoadmapItem);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const name = item.skillName;

  async function setStatus(status: RoadmapItemStatus) {
    const outcome = await track({ kind: 'item', id: item.id, patch: { status } }, () => updateItem(item.id, { status }));
    setError(outcome.ok ? '' : outcome.message);
  }

  // Alt+Arrow moves one place without picking the item up; everything else goes to dnd-kit.
  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(item.id, event.key === 'ArrowUp' ? -1 : 1, 'handle');
      return;
    }
    listeners?.onKeyDown?.(event);
  }

  return (
    <li
      ref={setNodeRef}
      className="roadmap-item"
      data-item-id={item.id}
      data-status={item.status}
      data-dragging={isDragging || undefined}
      aria-label={name}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="roadmap-item-main">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="icon drag-handle"
          {...attributes}
          {...listeners}
          onKeyDown={onHandleKey}
          aria-label={`Drag to reorder: ${name}`}
          data-move="handle"
        >
          <GripVertical size={16} aria-hidden="true" />
        </button>
        <div className="roadmap-item-text">
          <div className="roadmap-item-title">
            <Link href={`/skills/${item.skillId}`}>{name}</Link>
            {item.skillDeleted ? <span className="muted"> (deleted skill)</span> : null}
            <ScheduleBadges itemId={item.id} status={item.status} />
          </div>
          <p className="roadmap-item-meta">
            <span>
              Level {item.currentLevel} → {item.targetLevel}
            </span>
            <ScheduleFacts itemId={item.id} status={item.status} />
            <span className="muted">{STATUS_LABELS[item.status]}</span>
          </p>
        </div>
      </div>
      <div className="roadmap-item-actions">
        <button type="button" data-move="up" disabled={index === 0} aria-label={`Move up: ${name}`} title="Move up (Alt+↑ on the handle)" onClick={() => onMove(item.id, -1, 'up')}>
          <ArrowUp size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          data-move="down"
          disabled={index === count - 1}
          aria-label={`Move down: ${name}`}
          title="Move down (Alt+↓ on the handle)"
          onClick={() => onMove(item.id, 1, 'down')}
        >
          <ArrowDown size={14} aria-hidden="true" />
        </button>
        <button type="button" aria-expanded={editing} aria-label={`Edit: ${name}`} onClick={() => setEditing((e) => !e)}>
          Edit
        </button>
        {item.status === 'planned' ? (
          <>
            <button type="button" aria-label={`Mark done: ${name}`} onClick={() => void setStatus('done')}>
              Mark done
            </button>
            <button type="button" aria-label={`Skip: ${name}`} onClick={() => void setStatus('skipped')}>
              Skip
            </button>
          </>
        ) : (
          <button type="button" aria-label={`Back to planned: ${name}`} onClick={() => void setStatus('planned')}>
            Back to planned
          </button>
        )}
        <button type="button" aria-label={`Remove: ${name}`} onClick={() => void removeItem(item.id).catch(reportError)}>
          Remove
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {editing ? <ItemEditor item={item} onDone={() => setEditing(false)} /> : null}
    </li>
  );
});

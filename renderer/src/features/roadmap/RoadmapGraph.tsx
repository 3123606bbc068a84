import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { RoadmapItem } from '@shared/domain/roadmap';
import { ScrollRegion } from '../../components/ScrollRegion';
import { edgePath, NODE_HEIGHT, NODE_WIDTH, type LayoutNode } from './graph-layout';
import { RoadmapGraphList } from './RoadmapGraphList';
import { itemStatus, STATUS_LABEL, type ItemStatus } from './roadmap-status';
import type { ScheduleViewProps } from './schedule-props';
import { useGraphLayout } from './use-graph-layout';
import './roadmap-visuals.css';

/** Characters of a skill's name that fit a node; the full name is the node's tooltip and label. */
const NAME_FIT = 22;

const EDGE_KINDS = [
  { kind: 'prerequisite', label: 'prerequisite (must come first)' },
  { kind: 'recommended', label: 'recommended first' },
  { kind: 'alternative', label: 'alternative (either one)' },
] as const;

const fit = (name: string) => (name.length > NAME_FIT ? `${name.slice(0, NAME_FIT - 1)}…` : name);
const levels = (item: RoadmapItem) => `level ${item.currentLevel} → ${item.targetLevel}`;

/**
 * The roadmap's items and the edges between them, in layers from left to right: what must come
 * first is to the left. A node opens its skill; "Show as list" gives the same as links.
 */
export function RoadmapGraph({ view, schedule }: ScheduleViewProps) {
  const [asList, setAsList] = useState(false);
  const [, navigate] = useLocation();
  const layout = useGraphLayout(view.items, view.scheduleInput.edges);
  const items = useMemo(() => new Map(view.items.map((i) => [i.id, i])), [view.items]);
  const statuses = useMemo(() => {
    const scheduled = new Map(schedule.items.map((s) => [s.itemId, s]));
    return new Map(view.items.map((i) => [i.id, itemStatus(i, scheduled.get(i.id))]));
  }, [view.items, schedule]);
  // A marker id in url(#…) must be a plain name: React's ids hold punctuation.
  const marker = `road-arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  if (view.items.length === 0) return <p className="road-note">No skills on this roadmap yet.</p>;
  if (!layout) {
    return (
      <p className="road-note" role="status">
        Laying out {view.items.length} skills…
      </p>
    );
  }

  const open = (node: LayoutNode) => navigate(`/skills/${node.skillId}`);
  const onKey = (event: KeyboardEvent, node: LayoutNode) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      open(node);
    }
  };

  return (
    <div className="road-graph-view">
      <div className="road-graph-tools">
        <ul className="road-legend" aria-label="Graph legend">
          {EDGE_KINDS.map(({ kind, label }) => (
            <li key={kind}>
              <svg width="32" height="10" aria-hidden="true">
                <line className="road-edge" data-kind={kind} x1="1" y1="5" x2="31" y2="5" />
              </svg>
              {label}
            </li>
          ))}
        </ul>
        <button type="button" aria-pressed={asList} onClick={() => setAsList((v) => !v)}>
          Show as list
        </button>
      </div>
      {asList ? (
        <RoadmapGraphList view={view} layout={layout} statuses={statuses} />
      ) : (
        <ScrollRegion label="Prerequisite graph, scrolls" className="road-scroll">
          <svg
            className="road-graph"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={`Prerequisite graph of ${view.items.length} skills and ${layout.edges.length} links; "Show as list" gives the same as text`}
          >
            <defs>
              <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path className="road-arrow" d="M0,0 L10,5 L0,10 z" />
              </marker>
            </defs>
            <g aria-hidden="true">
              {layout.edges.map((e) => (
                <path
                  key={`${e.kind}-${e.from}-${e.to}`}
                  className="road-edge"
                  data-kind={e.kind}
                  data-from={e.from}
                  data-to={e.to}
                  d={edgePath(e.points)}
                  markerEnd={e.kind === 'alternative' ? undefined : `url(#${marker})`}
                />
              ))}
            </g>
            {layout.nodes.map((node) => {
              const item = items.get(node.itemId);
              if (!item) return null;
              const status = statuses.get(node.itemId) ?? 'planned';
              return <GraphNode key={node.itemId} node={node} item={item} status={status} onOpen={open} onKey={onKey} />;
            })}
          </svg>
        </ScrollRegion>
      )}
    </div>
  );
}

interface GraphNodeProps {
  node: LayoutNode;
  item: RoadmapItem;
  status: ItemStatus;
  onOpen(node: LayoutNode): void;
  onKey(event: KeyboardEvent, node: LayoutNode): void;
}

function GraphNode({ node, item, status, onOpen, onKey }: GraphNodeProps) {
  const left = node.x - NODE_WIDTH / 2;
  const top = node.y - NODE_HEIGHT / 2;
  return (
    <g
      className="road-node"
      data-status={status}
      data-item-id={item.id}
      role="link"
      tabIndex={0}
      aria-label={`${item.skillName}, ${levels(item)}, ${STATUS_LABEL[status]}`}
      onClick={() => onOpen(node)}
      onKeyDown={(event) => onKey(event, node)}
    >
      <title>{item.skillName}</title>
      <rect x={left} y={top} width={NODE_WIDTH} height={NODE_HEIGHT} rx="6" />
      <text className="name" x={left + 10} y={top + 19}>
        {fit(item.skillName)}
      </text>
      <text className="detail" x={left + 10} y={top + 37}>
        {`${levels(item)} · ${STATUS_LABEL[status]}`}
      </text>
    </g>
  );
}

import { Link } from 'wouter';
import type { RoadmapItem, RoadmapView } from '@shared/domain/roadmap';
import type { EdgeKind } from '@shared/domain/skills';
import type { GraphLayout } from './graph-layout';
import { STATUS_LABEL, type ItemStatus } from './roadmap-status';

interface RoadmapGraphListProps {
  view: RoadmapView;
  layout: GraphLayout;
  statuses: ReadonlyMap<number, ItemStatus>;
}

/** What each kind of link says about the skill on either end, as the list names it. */
const RELATIONS: ReadonlyArray<{ kind: EdgeKind; side: 'from' | 'to'; label: string }> = [
  { kind: 'prerequisite', side: 'to', label: 'Needs first' },
  { kind: 'recommended', side: 'to', label: 'Better after' },
  { kind: 'alternative', side: 'to', label: 'Or instead' },
  { kind: 'alternative', side: 'from', label: 'Or instead' },
  { kind: 'prerequisite', side: 'from', label: 'Unlocks' },
  { kind: 'recommended', side: 'from', label: 'Helps with' },
];

/**
 * The graph as text for the keyboard and screen readers: every skill in the graph's reading
 * order (layer by layer), with what it needs and what it unlocks, each a link to the skill.
 */
export function RoadmapGraphList({ view, layout, statuses }: RoadmapGraphListProps) {
  const items = new Map(view.items.map((i) => [i.id, i]));
  const order = [...layout.nodes].sort((a, b) => a.layer - b.layer || a.y - b.y);
  return (
    <ol className="road-graph-list" aria-label="Skills and their prerequisites">
      {order.map((node) => {
        const item = items.get(node.itemId);
        if (!item) return null;
        const groups = new Map<string, RoadmapItem[]>();
        for (const { kind, side, label } of RELATIONS) {
          for (const e of layout.edges) {
            if (e.kind !== kind || e[side] !== item.id) continue;
            const other = items.get(side === 'to' ? e.from : e.to);
            const group = groups.get(label) ?? [];
            if (other && !group.includes(other)) groups.set(label, [...group, other]);
          }
        }
        return (
          <li key={item.id}>
            <Link href={`/skills/${item.skillId}`}>{item.skillName}</Link>, level {item.currentLevel} → {item.targetLevel},{' '}
            {STATUS_LABEL[statuses.get(item.id) ?? 'planned']}
            {groups.size > 0 ? (
              <dl>
                {[...groups].map(([label, others]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>
                      {others.map((o, i) => (
                        <span key={o.id}>
                          {i > 0 ? ', ' : ''}
                          <Link href={`/skills/${o.skillId}`}>{o.skillName}</Link>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <span className="road-note"> (no links to other skills on this roadmap)</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

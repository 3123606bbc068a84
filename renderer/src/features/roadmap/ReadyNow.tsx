import { Link } from 'wouter';
import type { RoadmapItem } from '@shared/domain/roadmap';
import type { ScheduledItem } from '@shared/domain/roadmap-schedule-types';
import { formatDecimal } from '../../format';

/** The planned items whose prerequisites are all met: what could be started today. */
export function ReadyNow({ items, scheduled }: { items: readonly RoadmapItem[]; scheduled: ReadonlyMap<number, ScheduledItem> }) {
  const ready = items.filter((i) => i.status === 'planned' && scheduled.get(i.id)?.readyNow);
  return (
    <section className="roadmap-ready" aria-labelledby="ready-now-title">
      <h3 id="ready-now-title">Ready now</h3>
      {ready.length === 0 ? (
        <p className="muted">Nothing can start today: every planned skill waits on a prerequisite or a pinned date.</p>
      ) : (
        <ul aria-label="Ready now">
          {ready.map((item) => (
            <li key={item.id}>
              <Link href={`/skills/${item.skillId}`}>{item.skillName}</Link> <span className="muted">· {formatDecimal(scheduled.get(item.id)?.hours ?? 0)} h left</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

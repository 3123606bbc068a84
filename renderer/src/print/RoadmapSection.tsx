import { RoadmapTimeline } from '../features/roadmap/RoadmapTimeline';
import { formatDate, formatDecimal } from '../format';
import type { PlanDocument } from '@shared/domain/plan-document';
import { Missing, PrintSection } from './PrintSection';

export function RoadmapSection({ data }: { data: PlanDocument }) {
  const view = data.roadmap;
  if (!view) {
    return (
      <PrintSection id="roadmap" empty>
        <Missing>No active roadmap yet: start one under Roadmap.</Missing>
      </PrintSection>
    );
  }
  if (!view.schedule.ok) {
    return (
      <PrintSection id="roadmap" empty>
        <Missing>
          “{view.roadmap.name}” cannot be scheduled: its prerequisites go round in a circle ({view.schedule.cycle.join(' → ')}). Remove one of
          those links to see dates.
        </Missing>
      </PrintSection>
    );
  }
  const schedule = view.schedule;
  const byItem = new Map(schedule.items.map((s) => [s.itemId, s]));
  return (
    <PrintSection id="roadmap">
      <p>
        “{view.roadmap.name}”, at {formatDecimal(view.hoursPerWeek)} hours a week
        {schedule.finish ? `, finishing ${formatDate(schedule.finish)}` : ''}.
      </p>
      <div className="print-chart">
        <RoadmapTimeline view={view} schedule={schedule} />
      </div>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Target level</th>
            <th scope="col">Hours</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => {
            const s = byItem.get(item.id);
            const state = item.status === 'planned' ? null : item.status === 'done' ? 'done' : 'skipped';
            return (
              <tr key={item.id}>
                <td>{item.skillName}</td>
                <td>{item.targetLevel}</td>
                <td>{s ? formatDecimal(Math.round(s.hours * 10) / 10) : '—'}</td>
                <td>{state ?? (s?.start ? formatDate(s.start) : '—')}</td>
                <td>{state ?? (s?.end ? formatDate(s.end) : '—')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PrintSection>
  );
}

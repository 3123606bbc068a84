import { Link } from 'wouter';
import type { DashboardRoadmap } from '@shared/domain/dashboard';
import { formatDate, formatDecimal } from '../../format';

function NoRoadmap() {
  return (
    <section className="card" aria-labelledby="roadmap-card-title">
      <h2 id="roadmap-card-title">Roadmap</h2>
      <p className="muted">No roadmap yet: start from a bundled path or build your own, and see when you would finish at your hours.</p>
      <Link href="/roadmap">Plan a roadmap</Link>
    </section>
  );
}

/** Finish at the planned pace and at the pace of the last four weeks, side by side. */
function Finish({ roadmap }: { roadmap: DashboardRoadmap }) {
  const plan = roadmap.noTimePlanned ? 'No time planned' : roadmap.finish ? formatDate(roadmap.finish) : 'Nothing left to plan';
  const pace = roadmap.actualPace;
  return (
    <dl className="facts">
      <dt>At {formatDecimal(roadmap.hoursPerWeek)} h a week (plan)</dt>
      <dd className="numeric">{plan}</dd>
      {pace ? (
        <>
          <dt>At {formatDecimal(pace.hoursPerWeek)} h a week (your last four weeks)</dt>
          <dd className="numeric">{pace.finish ? formatDate(pace.finish) : 'Nothing left to plan'}</dd>
        </>
      ) : (
        <>
          <dt>At your actual pace</dt>
          <dd className="muted">Too little study history in the last four weeks</dd>
        </>
      )}
    </dl>
  );
}

/** The active roadmap: when it finishes, and its next items; or where to start one. */
export function RoadmapCard({ roadmap }: { roadmap: DashboardRoadmap | null }) {
  if (!roadmap) return <NoRoadmap />;
  return (
    <section className="card" aria-labelledby="roadmap-card-title">
      <h2 id="roadmap-card-title">Roadmap: {roadmap.name}</h2>
      {roadmap.cycle ? (
        <p className="field-error">Cannot schedule: prerequisite cycle {roadmap.cycle.join(' → ')}.</p>
      ) : (
        <>
          <Finish roadmap={roadmap} />
          {roadmap.next.length > 0 ? (
            <ul className="plain-list" aria-label="Next on the roadmap">
              {roadmap.next.map((item) => (
                <li key={item.itemId}>
                  <Link href={`/skills/${item.skillId}`}>{item.skillName}</Link> to level {item.targetLevel}{' '}
                  <span className="muted numeric">
                    {formatDate(item.start)} – {formatDate(item.end)}
                    {item.readyNow ? ' · ready now' : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <Link href="/roadmap">Open the roadmap</Link>
    </section>
  );
}

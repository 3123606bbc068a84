import { formatDecimal } from '../format';
import type { PlanDocumentData } from '../store/plan-slice';
import { Missing, PrintSection } from './PrintSection';

export function EarningsSection({ scenarioIds }: { scenarioIds: readonly number[] }) {
  return (
    <PrintSection id="earnings" empty>
      <Missing>
        {scenarioIds.length === 0
          ? 'No scenarios chosen: pick up to four saved scenarios under Projection to compare them here.'
          : 'The chosen scenarios could not be found: they may have been deleted.'}
      </Missing>
    </PrintSection>
  );
}

export function SourcesSection({ data }: { data: PlanDocumentData }) {
  const { profile, roadmap } = data;
  return (
    <PrintSection id="sources">
      <h3>Data sources</h3>
      {data.datasets.length === 0 ? (
        <Missing>No salary data loaded.</Missing>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Publisher</th>
              <th scope="col">Licence</th>
              <th scope="col">Year</th>
            </tr>
          </thead>
          <tbody>
            {data.datasets.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.name}
                  {d.source ? <span className="print-source"> — {d.source}</span> : null}
                </td>
                <td>{d.publisher}</td>
                <td>{d.license}</td>
                <td>{d.year ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Assumptions</h3>
      <ul className="print-list">
        <li>
          Study time: {roadmap ? formatDecimal(roadmap.hoursPerWeek) : profile ? formatDecimal(profile.hoursPerWeek) : '—'} hours a week
          {roadmap ? ` (${roadmap.hoursPerWeekFrom === 'roadmap' ? 'set on the roadmap' : 'from the profile'})` : ' (from the profile)'}.
        </li>
        <li>Hours to learn a skill: the catalog's estimate from level 0 to proficient, or your own where you changed it, less the hours already logged.</li>
        <li>Study time is spread evenly over the seven days of each week; days inside a week off get none.</li>
        {profile ? <li>Planning horizon: {profile.horizonYears} years.</li> : null}
      </ul>
    </PrintSection>
  );
}

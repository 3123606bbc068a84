import type { Projection } from '@shared/domain/projection';
import { formatDecimal, formatMoney } from '../format';
import type { PlanDocumentData, PlanScenario } from '../store/plan-slice';
import { EarningsChart } from './EarningsChart';
import { Missing, PrintSection } from './PrintSection';

/** The years the plan's table shows, as on the Projection screen: those within the horizon. */
export const PLAN_TABLE_YEARS = [1, 3, 5, 10] as const;

export function EarningsSection({ data, scenarioIds }: { data: PlanDocumentData; scenarioIds: readonly number[] }) {
  const chosen = scenarioIds.flatMap((id) => data.scenarios.filter((s) => s.id === id));
  const projected = chosen.filter((s): s is PlanScenario & { projection: Projection } => s.projection !== null);
  if (projected.length === 0) {
    return (
      <PrintSection id="earnings" empty>
        <Missing>
          {data.scenarios.length === 0
            ? 'No scenarios yet: build them under Projection to compare what your plan is worth.'
            : chosen.length === 0
              ? 'No scenarios chosen for this document.'
              : `The chosen scenarios cannot be projected: ${chosen.map((s) => `${s.name} (${s.problem ?? 'no projection'})`).join('; ')}.`}
        </Missing>
      </PrintSection>
    );
  }
  const horizon = Math.max(...projected.map((s) => s.projection.years.length));
  const years = PLAN_TABLE_YEARS.filter((y) => y <= horizon);
  return (
    <PrintSection id="earnings">
      <div className="print-chart">
        <EarningsChart scenarios={projected} />
      </div>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {years.map((y) => (
              <th key={y} scope="col">
                {y === 1 ? 'In 1 year' : `In ${y} years`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {projected.map((s) => (
            <tr key={s.id}>
              <td>{s.name}</td>
              {years.map((y) => {
                const year = s.projection.years.find((r) => r.year === y);
                return <td key={y}>{year ? formatMoney(year.expectedSalary, s.projection.currency) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen.length > projected.length ? (
        <Missing>
          Left out: {chosen.filter((s) => s.projection === null).map((s) => `${s.name} (${s.problem ?? 'no projection'})`).join('; ')}.
        </Missing>
      ) : null}
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

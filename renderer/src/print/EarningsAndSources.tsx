import { formatDate, formatDecimal, formatMoney, formatPercent } from '../format';
import type { PlanDocument, PlanScenario } from '@shared/domain/plan-document';
import { CompareChart } from '../features/projection/CompareChart';
import { CHECKPOINTS } from '../features/projection/CompareTable';
import type { ComparedScenario } from '../features/projection/use-compared-results';
import { Missing, PrintSection } from './PrintSection';

const nameAndProblem = (s: PlanScenario) => `${s.scenario.name} (${s.problem ?? 'no projection'})`;

/**
 * The chosen scenarios as the Projection screen compares them: the same chart (lines over their
 * 25th–75th percentile bands) and the salaries at the same years, from the core's projection.
 */
export function EarningsSection({ data, scenarioIds }: { data: PlanDocument; scenarioIds: readonly number[] }) {
  const chosen = scenarioIds.flatMap((id) => data.scenarios.filter((s) => s.scenario.id === id));
  const compared: ComparedScenario[] = chosen.flatMap((s, series) =>
    s.projection && s.scenario.params ? [{ scenario: s.scenario, params: s.scenario.params, result: { ok: true, projection: s.projection }, series }] : [],
  );
  if (compared.length === 0) {
    return (
      <PrintSection id="earnings" empty>
        <Missing>
          {data.scenarios.length === 0
            ? 'No scenarios yet: build them under Projection to compare what your plan is worth.'
            : chosen.length === 0
              ? 'No scenarios chosen for this document.'
              : `The chosen scenarios cannot be projected: ${chosen.map(nameAndProblem).join('; ')}.`}
        </Missing>
      </PrintSection>
    );
  }
  const horizon = Math.max(...compared.map((c) => (c.result?.ok ? c.result.projection.years.length : 0)));
  const years = CHECKPOINTS.filter((y) => y <= horizon);
  return (
    <PrintSection id="earnings">
      <div className="print-chart">
        <CompareChart compared={compared} onExplain={() => undefined} />
      </div>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {years.map((y) => (
              <th key={y} scope="col">
                Year {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared.map((c) => (
            <tr key={c.scenario.id}>
              <td>{c.scenario.name}</td>
              {years.map((y) => {
                const year = c.result?.ok ? c.result.projection.years.find((r) => r.year === y) : undefined;
                return <td key={y}>{year ? formatMoney(year.expectedSalary, year.currency) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen.length > compared.length ? (
        <Missing>Left out: {chosen.filter((s) => s.projection === null).map(nameAndProblem).join('; ')}.</Missing>
      ) : null}
    </PrintSection>
  );
}

export function SourcesSection({ data, scenarioIds }: { data: PlanDocument; scenarioIds: readonly number[] }) {
  const { profile, roadmap } = data;
  const chosen = scenarioIds.flatMap((id) => data.scenarios.filter((s) => s.scenario.id === id && s.scenario.params !== null));
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
        {chosen.map(({ scenario }) =>
          scenario.params ? (
            <li key={scenario.id}>
              {scenario.name}: market growth {formatPercent(scenario.params.growthRate)} a year ({scenario.params.growthSource}
              ); {scenario.params.horizonYears} years from {formatDate(scenario.params.startDate)};{' '}
              {scenario.params.position === 'market' ? 'pay at the level’s place in the band' : 'pay kept at your place in the band'};{' '}
              {scenario.params.skills === 'roadmap' ? 'skills reached on the roadmap’s schedule' : 'no new skills'}
              {scenario.params.events.length > 0 ? `; ${scenario.params.events.length} event${scenario.params.events.length === 1 ? '' : 's'}` : ''}.
            </li>
          ) : null,
        )}
        {chosen.length > 0 ? <li>Career levels, their typical years and band positions: the career ladder under Projection (your edits included).</li> : null}
      </ul>
    </PrintSection>
  );
}

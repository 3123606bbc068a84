import { formatMoney } from '../../format';
import type { ProjectionYearResult } from '@shared/domain/projection';
import type { ComparedScenario } from './use-compared-results';

/** The years the table shows salaries for. */
export const CHECKPOINTS = [1, 3, 5, 10] as const;
/** Cumulative earnings are compared at this year, or at the shorter horizon. */
export const CUMULATIVE_YEAR = 10;

export type ExplainWhat = 'salary' | 'cumulative' | 'difference';
export interface ExplainTarget {
  scenarioId: number;
  year: number;
  what: ExplainWhat;
}

/** The year both scenarios reach to compare cumulative earnings (year 10, or the shorter horizon). */
export function comparedYear(a: readonly ProjectionYearResult[], b: readonly ProjectionYearResult[]): number {
  return Math.min(CUMULATIVE_YEAR, a.length, b.length);
}

const signed = (amount: number, currency: string) => (amount > 0 ? `+${formatMoney(amount, currency)}` : formatMoney(amount, currency));

interface CompareTableProps {
  compared: readonly ComparedScenario[];
  baselineId: number | null;
  onExplain(target: ExplainTarget): void;
}

/** Salary at 1, 3, 5 and 10 years and cumulative earnings against the baseline; every figure is a button that explains it. */
export function CompareTable({ compared, baselineId, onExplain }: CompareTableProps) {
  const baseline = compared.find((c) => c.scenario.id === baselineId);
  const baseYears = baseline?.result?.ok ? baseline.result.projection.years : null;
  return (
    <table className="data-table projection-table">
      <caption>Expected salary at 1, 3, 5 and 10 years, and earnings over the years against the baseline{baseline ? ` (${baseline.scenario.name})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          {CHECKPOINTS.map((y) => (
            <th key={y} scope="col" className="numeric">
              Year {y}
            </th>
          ))}
          <th scope="col" className="numeric">
            Earned by year {CUMULATIVE_YEAR}
          </th>
          <th scope="col" className="numeric">
            Against the baseline
          </th>
        </tr>
      </thead>
      <tbody>
        {compared.map((c) => {
          const name = c.scenario.name;
          if (!c.result) {
            return (
              <tr key={c.scenario.id}>
                <th scope="row">{name}</th>
                <td colSpan={CHECKPOINTS.length + 2} className="muted">
                  Loading…
                </td>
              </tr>
            );
          }
          if (!c.result.ok) {
            return (
              <tr key={c.scenario.id}>
                <th scope="row">{name}</th>
                <td colSpan={CHECKPOINTS.length + 2} className="field-error">
                  {c.result.error}
                </td>
              </tr>
            );
          }
          const { years, currency } = c.result.projection;
          const lastYear = Math.min(CUMULATIVE_YEAR, years.length);
          const cumulative = years[lastYear - 1];
          const diffYear = baseYears ? comparedYear(years, baseYears) : 0;
          const mine = years[diffYear - 1];
          const theirs = baseYears?.[diffYear - 1];
          const isBaseline = c.scenario.id === baselineId;
          return (
            <tr key={c.scenario.id}>
              <th scope="row">
                {name}
                {isBaseline ? <span className="muted"> (baseline)</span> : null}
              </th>
              {CHECKPOINTS.map((y) => {
                const row = years[y - 1];
                return (
                  <td key={y} className="numeric">
                    {row ? (
                      <button
                        type="button"
                        className="explain-cell"
                        aria-label={`Explain ${name}, year ${y}: ${formatMoney(row.expectedSalary, currency)}`}
                        onClick={() => onExplain({ scenarioId: c.scenario.id, year: y, what: 'salary' })}
                      >
                        {formatMoney(row.expectedSalary, currency)}
                      </button>
                    ) : (
                      <span className="muted">beyond the horizon</span>
                    )}
                  </td>
                );
              })}
              <td className="numeric">
                {cumulative ? (
                  <button
                    type="button"
                    className="explain-cell"
                    aria-label={`Explain ${name}, earned by year ${lastYear}: ${formatMoney(cumulative.cumulativeEarnings, currency)}`}
                    onClick={() => onExplain({ scenarioId: c.scenario.id, year: lastYear, what: 'cumulative' })}
                  >
                    {formatMoney(cumulative.cumulativeEarnings, currency)}
                    {lastYear !== CUMULATIVE_YEAR ? ` (year ${lastYear})` : ''}
                  </button>
                ) : null}
              </td>
              <td className="numeric">
                {isBaseline || !baseline ? (
                  <span className="muted">—</span>
                ) : mine && theirs ? (
                  <button
                    type="button"
                    className="explain-cell"
                    aria-label={`Explain ${name} against ${baseline.scenario.name}, by year ${diffYear}: ${signed(mine.cumulativeEarnings - theirs.cumulativeEarnings, currency)}`}
                    onClick={() => onExplain({ scenarioId: c.scenario.id, year: diffYear, what: 'difference' })}
                  >
                    {signed(mine.cumulativeEarnings - theirs.cumulativeEarnings, currency)}
                    {diffYear !== CUMULATIVE_YEAR ? ` (by year ${diffYear})` : ''}
                  </button>
                ) : (
                  <span className="muted">the baseline has no projection</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

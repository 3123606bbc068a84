import { useEffect, useState } from 'react';
import { SelectField } from '../../components/Field';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAppStore } from '../../store';
import { CompareChart } from './CompareChart';
import { CompareTable, type ExplainTarget } from './CompareTable';
import { ExplainDialog } from './ExplainDialog';
import { ProjectionSliders } from './ProjectionSliders';
import { useComparedResults } from './use-compared-results';

/** Up to four scenarios on one chart and one table, with what-if sliders and "explain this number". */
export function CompareView() {
  const compared = useComparedResults();
  const scenarios = useAppStore((s) => s.scenarios);
  const comparedIds = useAppStore((s) => s.compared);
  const baselineId = useAppStore((s) => s.baselineId);
  const setBaseline = useAppStore((s) => s.setBaseline);
  const loadScenarioInputs = useAppStore((s) => s.loadScenarioInputs);
  const reportError = useAppStore((s) => s.reportError);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);

  // Core is asked once per scenario's parameters; sliders recompute in the renderer.
  useEffect(() => {
    loadScenarioInputs().catch(reportError);
  }, [scenarios, comparedIds, loadScenarioInputs, reportError]);

  if (compared.length === 0) return <p className="muted">Tick “Compare” on up to four scenarios to see them side by side.</p>;

  // One currency on the chart and in the table: the baseline's.
  const baseline = compared.find((c) => c.scenario.id === baselineId) ?? compared[0];
  const currency = baseline?.params.currency;
  const shown = compared.filter((c) => c.params.currency === currency);
  const apart = compared.filter((c) => c.params.currency !== currency);
  const firstJob = compared.flatMap((c) => c.scenario.params?.events ?? []).find((e) => e.kind === 'job-change');

  return (
    <div className="projection-compare">
      <div className="projection-controls">
        <SelectField
          label="Baseline"
          value={String(baselineId ?? '')}
          onChange={(v) => setBaseline(Number(v))}
          options={compared.map((c) => ({ value: String(c.scenario.id), label: c.scenario.name }))}
        />
        <ProjectionSliders
          growthFallback={compared[0]?.scenario.params ? compared[0].scenario.params.growthRate * 100 : null}
          raiseFallback={firstJob?.kind === 'job-change' ? firstJob.raisePercent : null}
        />
      </div>
      {apart.length > 0 ? (
        <p className="projection-notice" role="note">
          {apart.map((c) => `${c.scenario.name} is in ${c.params.currency}`).join('; ')}: not drawn or compared with the {currency} figures (currencies are never mixed).
        </p>
      ) : null}
      <CompareChart compared={shown} onExplain={(scenarioId, year) => setExplain({ scenarioId, year, what: 'salary' })} />
      <ScrollRegion label="Scenario figures">
        <CompareTable compared={shown} baselineId={baseline?.scenario.id ?? null} onExplain={setExplain} />
      </ScrollRegion>
      <ExplainDialog target={explain} compared={shown} baselineId={baseline?.scenario.id ?? null} onClose={() => setExplain(null)} />
    </div>
  );
}

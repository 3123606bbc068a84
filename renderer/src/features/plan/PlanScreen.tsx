import { useState } from 'react';
import { MAX_PLAN_SCENARIOS, PLAN_SECTIONS, type PaperSize, type PlanExportResult, type PlanSection } from '@shared/domain/plan-export';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { ScrollRegion } from '../../components/ScrollRegion';
import { PrintDocument } from '../../print/PrintDocument';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { ExportOutcome } from './ExportOutcome';
import { PlanOptionsForm } from './PlanOptionsForm';
import './plan.css';
import { messageOf } from '../../format';

export function PlanScreen() {
  const data = useAppStore((s) => s.planDocument);
  const loadPlanDocument = useAppStore((s) => s.loadPlanDocument);
  const exportPlan = useAppStore((s) => s.exportPlan);
  const openPlanPdf = useAppStore((s) => s.openPlanPdf);
  const load = useLoad(loadPlanDocument);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [sections, setSections] = useState<PlanSection[]>([...PLAN_SECTIONS]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PlanExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Until the user chooses, the first scenarios that can be projected go in.
  const [chosenScenarios, setChosenScenarios] = useState<number[] | null>(null);
  const scenarioIds =
    chosenScenarios ?? (data?.scenarios ?? []).filter((s) => s.projection !== null).slice(0, MAX_PLAN_SCENARIOS).map((s) => s.scenario.id);
  const options = { paper, sections, scenarioIds };

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await exportPlan(options));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const open = (token: string) => {
    openPlanPdf(token).catch((e: unknown) => setError(messageOf(e)));
  };

  return (
    <Page title="Plan" intro="Your whole career plan as one PDF: progress, goals, the roadmap and where it leads. Pick what goes in; the preview shows the document as it will print.">
      <div className="plan-layout">
        <section className="card plan-controls" aria-labelledby="plan-options-title">
          <h2 id="plan-options-title">What goes in</h2>
          <PlanOptionsForm
            paper={paper}
            sections={sections}
            onPaper={setPaper}
            onSections={setSections}
            scenarios={data?.scenarios ?? null}
            scenarioIds={scenarioIds}
            onScenarios={setChosenScenarios}
          />
          {/* Not before the plan has loaded: the scenarios chosen by default are not known until then. */}
          <button type="button" className="primary" disabled={busy || data === null || sections.length === 0} onClick={() => void exportPdf()}>
            {busy ? 'Making the PDF…' : 'Export PDF'}
          </button>
          <ExportOutcome outcome={outcome} error={error} onOpen={open} />
        </section>
        <section className="plan-preview-region" aria-labelledby="plan-preview-title">
          <h2 id="plan-preview-title">Preview</h2>
          <Loadable load={load} data={data} what="your plan">
            {(data) => (
              <ScrollRegion label="Preview of the PDF, scrolls" className={`plan-preview paper-${paper}`}>
                <PrintDocument data={data} options={options} titleLevel={2} />
              </ScrollRegion>
            )}
          </Loadable>
        </section>
      </div>
    </Page>
  );
}

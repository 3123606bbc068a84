import { MAX_PLAN_SCENARIOS, PAPER_SIZES, PLAN_SECTIONS, SECTION_TITLES, type PaperSize, type PlanSection } from '@shared/domain/plan-export';
import type { PlanScenario } from '@shared/domain/plan-document';

const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

interface PlanOptionsFormProps {
  paper: PaperSize;
  sections: readonly PlanSection[];
  onPaper(paper: PaperSize): void;
  onSections(sections: PlanSection[]): void;
  /** Saved scenarios, or null while they load. */
  scenarios: readonly PlanScenario[] | null;
  scenarioIds: readonly number[];
  onScenarios(ids: number[]): void;
}

/** Which paper and which sections: every change shows in the preview at once. */
export function PlanOptionsForm({ paper, sections, onPaper, onSections, scenarios, scenarioIds, onScenarios }: PlanOptionsFormProps) {
  const toggle = (section: PlanSection, on: boolean) =>
    onSections(PLAN_SECTIONS.filter((s) => (s === section ? on : sections.includes(s))));
  return (
    <div className="plan-options">
      <fieldset>
        <legend>Paper</legend>
        {PAPER_SIZES.map((size) => (
          <label key={size} className="inline-choice">
            <input type="radio" name="paper" value={size} checked={paper === size} onChange={() => onPaper(size)} />
            {PAPER_LABELS[size]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sections</legend>
        {PLAN_SECTIONS.map((section) => (
          <label key={section} className="block-choice">
            <input type="checkbox" checked={sections.includes(section)} onChange={(e) => toggle(section, e.target.checked)} />
            {SECTION_TITLES[section]}
          </label>
        ))}
        {sections.length === 0 ? (
          <p className="field-error" role="alert">
            Choose at least one section.
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Scenarios (up to {MAX_PLAN_SCENARIOS})</legend>
        {scenarios === null ? (
          <p className="muted">Loading scenarios…</p>
        ) : scenarios.length === 0 ? (
          <p className="muted">No saved scenarios yet: build them under Projection.</p>
        ) : (
          scenarios.map((s) => {
            const { id, name } = s.scenario;
            const checked = scenarioIds.includes(id);
            const full = !checked && scenarioIds.length >= MAX_PLAN_SCENARIOS;
            return (
              <label key={id} className="block-choice">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={s.projection === null || full}
                  onChange={(e) => onScenarios(e.target.checked ? [...scenarioIds, id] : scenarioIds.filter((other) => other !== id))}
                />
                {name}
                {s.projection === null ? <span className="muted"> — cannot be projected: {s.problem}</span> : null}
              </label>
            );
          })
        )}
      </fieldset>
    </div>
  );
}

import { PAPER_SIZES, PLAN_SECTIONS, SECTION_TITLES, type PaperSize, type PlanSection } from '@shared/domain/plan-export';

const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

interface PlanOptionsFormProps {
  paper: PaperSize;
  sections: readonly PlanSection[];
  onPaper(paper: PaperSize): void;
  onSections(sections: PlanSection[]): void;
}

/** Which paper and which sections: every change shows in the preview at once. */
export function PlanOptionsForm({ paper, sections, onPaper, onSections }: PlanOptionsFormProps) {
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
    </div>
  );
}

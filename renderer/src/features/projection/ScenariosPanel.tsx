import { useEffect, useMemo, useRef, useState } from 'react';
import { toIso } from '@shared/domain/dates';
import type { Ladder } from '@shared/domain/career-ladder';
import type { Scenario } from '@shared/domain/scenarios';
import type { DatasetSummary, Occupation } from '@shared/domain/salary';
import { useAppStore } from '../../store';
import { CompareView } from './CompareView';
import { blankDraft, draftFromParams } from './scenario-draft';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioList } from './ScenarioList';

interface ScenariosPanelProps {
  scenarios: readonly Scenario[];
  ladder: Ladder;
  occupations: readonly Occupation[];
  datasets: readonly DatasetSummary[];
}

/** Saved scenarios and their form beside the comparison. */
export function ScenariosPanel({ scenarios, ladder, occupations, datasets }: ScenariosPanelProps) {
  const profile = useAppStore((s) => s.profile);
  const toggleCompared = useAppStore((s) => s.toggleCompared);
  const compared = useAppStore((s) => s.compared);
  const [editing, setEditing] = useState<Scenario | null>(null);
  // A new form after each save: its key changes.
  const [formKey, setFormKey] = useState(0);
  const formTitle = useRef<HTMLHeadingElement>(null);
  // "Edit" opens the scenario in the form below the comparison: take the user there.
  useEffect(() => {
    if (editing) formTitle.current?.focus();
  }, [editing]);
  const initial = useMemo(
    () => (editing?.params ? draftFromParams(editing.name, editing.params) : blankDraft(profile, toIso(new Date()))),
    [editing, profile],
  );

  return (
    <div className="projection-layout">
      <section className="card projection-list" aria-labelledby="scenario-list-title">
        <h2 id="scenario-list-title">Scenarios</h2>
        <ScenarioList scenarios={scenarios} onEdit={setEditing} />
      </section>
      <section className="card projection-main" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare</h2>
        <CompareView />
      </section>
      <section className="card projection-form" aria-labelledby="scenario-form-title">
        <h2 id="scenario-form-title" ref={formTitle} tabIndex={-1}>
          {editing ? `Edit “${editing.name}”` : 'New scenario'}
        </h2>
        <ScenarioForm
          key={editing ? `edit-${editing.id}` : `new-${formKey}`}
          initial={initial}
          ladder={ladder}
          occupations={occupations}
          datasets={datasets}
          scenario={editing ?? undefined}
          onSaved={(saved) => {
            if (!editing && !compared.includes(saved.id)) toggleCompared(saved.id);
            setEditing(null);
            setFormKey((k) => k + 1);
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </section>
    </div>
  );
}

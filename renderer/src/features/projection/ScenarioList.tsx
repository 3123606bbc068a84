import type { Scenario } from '@shared/domain/scenarios';
import { useAppStore } from '../../store';
import { MAX_COMPARED } from '../../store/projection-slice';

interface ScenarioListProps {
  scenarios: readonly Scenario[];
  onEdit(scenario: Scenario): void;
}

/** Saved scenarios: pick up to four to compare, edit (and rename) or delete each. */
export function ScenarioList({ scenarios, onEdit }: ScenarioListProps) {
  const compared = useAppStore((s) => s.compared);
  const toggleCompared = useAppStore((s) => s.toggleCompared);
  const deleteScenario = useAppStore((s) => s.deleteScenario);
  const reportError = useAppStore((s) => s.reportError);
  if (scenarios.length === 0) return <p className="muted">No scenarios yet. Add one with the form: a preset is a good start.</p>;
  const full = compared.length >= MAX_COMPARED;
  return (
    <ul className="scenario-list" aria-label="Saved scenarios">
      {scenarios.map((s) => {
        const on = compared.includes(s.id);
        return (
          <li key={s.id} className="scenario-row">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={on}
                disabled={s.params === null || (full && !on)}
                aria-describedby={s.problem ? `scenario-problem-${s.id}` : undefined}
                onChange={() => toggleCompared(s.id)}
              />{' '}
              Compare <span className="scenario-name">{s.name}</span>
            </label>
            {s.problem ? (
              <p className="field-error" id={`scenario-problem-${s.id}`}>
                Saved by an older version and no longer valid: {s.problem}
              </p>
            ) : null}
            <span className="scenario-actions">
              <button type="button" disabled={s.params === null} onClick={() => onEdit(s)} aria-label={`Edit ${s.name}`}>
                Edit
              </button>
              <button type="button" onClick={() => deleteScenario(s.id).catch(reportError)} aria-label={`Delete ${s.name}`}>
                Delete
              </button>
            </span>
          </li>
        );
      })}
      {full ? <li className="field-hint">Four scenarios are compared: untick one to compare another.</li> : null}
    </ul>
  );
}

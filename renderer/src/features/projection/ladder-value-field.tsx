import { useState, type FormEvent, type ReactNode } from 'react';
import type { Ladder } from '@shared/domain/career-ladder';
import { Field } from '../../components/Field';
import type { FormOutcome } from '../../store/form-outcome';
import { LevelSelect } from '../skills/ProgressControls';

type Save = (value: number) => Promise<FormOutcome<Ladder>>;
type Reset = () => Promise<FormOutcome<Ladder>>;

/** The default beside an edited value and the reason it was chosen, as the field's description. */
export function defaultText(defaultShown: string | null, why: string, edited: boolean): string {
  if (defaultShown === null) return 'Your addition: the defaults do not expect this skill.';
  return `${edited ? 'Edited. ' : ''}Default: ${defaultShown}. Why: ${why}`;
}

const errorOf = (outcome: FormOutcome<Ladder>): string | undefined => (outcome.ok ? undefined : (outcome.fieldErrors.value ?? outcome.message));

interface ResetButtonProps {
  label: string;
  reset: Reset;
  onError(message: string | undefined): void;
}

function ResetButton({ label, reset, onError }: ResetButtonProps) {
  return (
    <button type="button" className="ladder-reset" aria-label={`Reset to default: ${label}`} onClick={async () => onError(errorOf(await reset()))}>
      Reset to default
    </button>
  );
}

interface NumberValueProps {
  label: string;
  value: number;
  /** The default as shown ("2 years"), or null when there is none. */
  defaultShown: string | null;
  why: string;
  edited: boolean;
  step: string;
  save: Save;
  reset: Reset;
  /** Flags beside the field (an extrapolated band position). */
  children?: ReactNode;
}

/** A number edited in place: Enter or Save stores it; the core's refusal shows beside it. */
export function LadderNumberValue({ label, value, defaultShown, why, edited, step, save, reset, children }: NumberValueProps) {
  const [draft, setDraft] = useState(String(value));
  const [shownFor, setShownFor] = useState(value);
  const [error, setError] = useState<string | undefined>();
  // A reload (this edit, a reset, another window) brings a new stored value: show it.
  if (shownFor !== value) {
    setShownFor(value);
    setDraft(String(value));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = draft.trim() === '' ? Number.NaN : Number(draft);
    if (!Number.isFinite(n)) return setError('Enter a number');
    setError(errorOf(await save(n)));
  }

  return (
    <form className="ladder-value" onSubmit={submit} noValidate>
      <Field
        label={label}
        error={error}
        hint={defaultText(defaultShown, why, edited)}
        suffix={
          <>
            <button type="submit" aria-label={`Save ${label}`} disabled={draft === String(value)}>
              Save
            </button>
            {edited ? <ResetButton label={label} reset={reset} onError={setError} /> : null}
          </>
        }
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="number"
            inputMode="decimal"
            step={step}
            className="numeric"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
        )}
      </Field>
      {children}
    </form>
  );
}

interface SkillValueProps {
  label: string;
  value: number;
  defaultValue: number | null;
  why: string;
  edited: boolean;
  save: Save;
  reset: Reset;
}

/** A skill's minimum level: saved as soon as it is chosen (0: the level no longer expects it). */
export function LadderSkillValue({ label, value, defaultValue, why, edited, save, reset }: SkillValueProps) {
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="ladder-value">
      <LevelSelect
        label={label}
        value={value}
        error={error}
        hint={defaultText(defaultValue === null ? null : `level ${defaultValue}`, why, edited)}
        onChange={async (level) => setError(errorOf(await save(level)))}
      />
      {edited ? <ResetButton label={label} reset={reset} onError={setError} /> : null}
    </div>
  );
}

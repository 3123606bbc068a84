import { useState, type FormEvent } from 'react';
import { CAREER_LEVELS, CAREER_LEVEL_LABELS, CURRENCIES } from '../../../../shared/domain/profile';
import { AreaCombobox } from '../../components/AreaCombobox';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { draftFrom, inputFrom, type ProfileDraft } from './profile-draft';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function ProfileForm() {
  const profile = useAppStore((s) => s.profile);
  const occupations = useAppStore((s) => s.occupations);
  const saveProfile = useAppStore((s) => s.saveProfile);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const update = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    const outcome = await saveProfile(inputFrom(draft));
    if (outcome.ok) {
      setErrors({});
      setStatus({ kind: 'saved' });
    } else {
      setErrors(outcome.fieldErrors);
      setStatus({ kind: 'error', message: outcome.message });
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Profile">
      <fieldset>
        <legend>Work</legend>
        <Field label="Occupation" error={errors.occupationCode} hint="As the U.S. Bureau of Labor Statistics classifies it.">
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={draft.occupationCode}
              onChange={(e) => update('occupationCode', e.target.value)}
            >
              {(occupations ?? []).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.title} ({o.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <AreaCombobox
          label="Area"
          value={draft.area}
          onChange={(area) => update('area', area ? { code: area.code, name: area.name } : null)}
          error={errors.areaCode}
        />
        <Field label="Career level" error={errors.careerLevel}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={draft.careerLevel}
              onChange={(e) => update('careerLevel', e.target.value)}
            >
              <option value="">Choose…</option>
              {CAREER_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {CAREER_LEVEL_LABELS[level]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Years of experience" error={errors.yearsExperience}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="decimal"
              step="0.5"
              className="numeric"
              value={draft.yearsExperience}
              onChange={(e) => update('yearsExperience', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Pay</legend>
        <Field label="Current annual salary" error={errors.currentSalary} hint="Before tax. Leave empty if you prefer not to say.">
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              step="1"
              className="numeric"
              value={draft.currentSalary}
              onChange={(e) => update('currentSalary', e.target.value)}
            />
          )}
        </Field>
        <Field label="Currency" error={errors.currency}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={draft.currency}
              onChange={(e) => update('currency', e.target.value)}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Learning and planning</legend>
        <Field label="Learning hours per week" error={errors.hoursPerWeek}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="decimal"
              step="0.5"
              className="numeric"
              value={draft.hoursPerWeek}
              onChange={(e) => update('hoursPerWeek', e.target.value)}
            />
          )}
        </Field>
        <Field label="Planning horizon (years)" error={errors.horizonYears}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              step="1"
              className="numeric"
              value={draft.horizonYears}
              onChange={(e) => update('horizonYears', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Saving…' : 'Save profile'}
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {status.kind === 'saved' ? 'Profile saved.' : status.kind === 'error' ? status.message : ''}
        </p>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { CAREER_LEVELS, CAREER_LEVEL_LABELS, CURRENCIES } from '@shared/domain/profile';
import { AreaCombobox } from '../../components/AreaCombobox';
import { NumberField, SelectField, TextField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { draftFrom, inputFrom, type ProfileDraft } from './profile-draft';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

const LEVEL_OPTIONS = CAREER_LEVELS.map((level) => ({ value: level, label: CAREER_LEVEL_LABELS[level] }));
const CURRENCY_OPTIONS = CURRENCIES.map((c) => ({ value: c, label: c }));

export function ProfileForm() {
  const profile = useAppStore((s) => s.profile);
  const occupations = useAppStore((s) => s.occupations);
  const saveProfile = useAppStore((s) => s.saveProfile);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const update = <K extends keyof ProfileDraft>(key: K) => (value: ProfileDraft[K]) => {
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
        <TextField
          label="Your name"
          hint="Optional: only the career plan's PDF cover shows it."
          value={draft.name}
          onChange={update('name')}
          maxLength={120}
          error={errors.name}
        />
        <SelectField
          label="Occupation"
          hint="As the U.S. Bureau of Labor Statistics classifies it."
          value={draft.occupationCode}
          onChange={update('occupationCode')}
          options={(occupations ?? []).map((o) => ({ value: o.code, label: `${o.title} (${o.code})` }))}
          error={errors.occupationCode}
        />
        <AreaCombobox
          label="Area"
          value={draft.area}
          onChange={(area) => update('area')(area ? { code: area.code, name: area.name } : null)}
          error={errors.areaCode}
        />
        <SelectField
          label="Career level"
          placeholder="Choose…"
          value={draft.careerLevel}
          onChange={update('careerLevel')}
          options={LEVEL_OPTIONS}
          error={errors.careerLevel}
        />
        <NumberField label="Years of experience" step="0.5" value={draft.yearsExperience} onChange={update('yearsExperience')} error={errors.yearsExperience} />
      </fieldset>

      <fieldset>
        <legend>Pay</legend>
        <NumberField
          label="Current annual salary"
          hint="Before tax. Leave empty if you prefer not to say."
          step="1"
          value={draft.currentSalary}
          onChange={update('currentSalary')}
          error={errors.currentSalary}
        />
        <SelectField label="Currency" value={draft.currency} onChange={update('currency')} options={CURRENCY_OPTIONS} error={errors.currency} />
      </fieldset>

      <fieldset>
        <legend>Learning and planning</legend>
        <NumberField label="Learning hours per week" step="0.5" value={draft.hoursPerWeek} onChange={update('hoursPerWeek')} error={errors.hoursPerWeek} />
        <NumberField label="Planning horizon (years)" step="1" value={draft.horizonYears} onChange={update('horizonYears')} error={errors.horizonYears} />
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

import { useState, type FormEvent } from 'react';
import { toIso } from '../../../../shared/domain/dates';
import type { SkillSummary } from '../../../../shared/domain/skills';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

interface LogStudyFormProps {
  skills: readonly SkillSummary[];
  initialSkillId: string | null;
  onDone(): void;
  onCancel(): void;
}

/** Skills the user is learning first: they are what gets logged most. */
function defaultSkill(skills: readonly SkillSummary[], wanted: string | null): string {
  if (wanted && skills.some((s) => s.id === wanted)) return wanted;
  return skills.find((s) => s.status === 'learning')?.id ?? skills[0]?.id ?? '';
}

export function LogStudyForm({ skills, initialSkillId, onDone, onCancel }: LogStudyFormProps) {
  const logStudy = useAppStore((s) => s.logStudy);
  const [skillId, setSkillId] = useState(() => defaultSkill(skills, initialSkillId));
  const [date, setDate] = useState(() => toIso(new Date()));
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ saving: boolean; message: string }>({ saving: false, message: '' });
  const learning = skills.filter((s) => s.status === 'learning');
  const others = skills.filter((s) => s.status !== 'learning');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus({ saving: true, message: '' });
    const outcome = await logStudy({ skillId, date, minutes: minutes.trim() === '' ? undefined : Number(minutes), note });
    if (outcome.ok) {
      onDone();
      return;
    }
    setErrors(outcome.fieldErrors);
    setStatus({ saving: false, message: outcome.message });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log study">
      <Field label="Skill" error={errors.skillId}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={skillId} onChange={(e) => setSkillId(e.target.value)}>
            {learning.length > 0 ? (
              <optgroup label="Learning">
                {learning.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={learning.length > 0 ? 'Other skills' : 'Skills'}>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Field label="Date" error={errors.date}>
        {({ id, describedBy, invalid }) => (
          <input id={id} aria-describedby={describedBy} aria-invalid={invalid} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field label="Minutes" error={errors.minutes} hint="Up to 1440 (24 hours) per entry.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            type="number"
            inputMode="numeric"
            step="5"
            className="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        )}
      </Field>
      <Field label="Note" error={errors.note} hint="Optional: what you studied.">
        {({ id, describedBy, invalid }) => (
          <input id={id} aria-describedby={describedBy} aria-invalid={invalid} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={status.saving}>
          {status.saving ? 'Saving…' : 'Log study'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {status.message}
        </p>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { toIso } from '@shared/domain/dates';
import type { SkillSummary } from '@shared/domain/skills';
import { NumberField, SelectField, TextField, type SelectOptionGroup } from '../../components/Field';
import { useFocusFirstInvalid } from '../../components/form-focus';
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

function skillGroups(skills: readonly SkillSummary[]): SelectOptionGroup[] {
  const option = (s: SkillSummary) => ({ value: s.id, label: s.name });
  const learning = skills.filter((s) => s.status === 'learning').map(option);
  const others = skills.filter((s) => s.status !== 'learning').map(option);
  return learning.length > 0 ? [{ label: 'Learning', options: learning }, { label: 'Other skills', options: others }] : [{ label: 'Skills', options: others }];
}

export function LogStudyForm({ skills, initialSkillId, onDone, onCancel }: LogStudyFormProps) {
  const logStudy = useAppStore((s) => s.logStudy);
  const [skillId, setSkillId] = useState(() => defaultSkill(skills, initialSkillId));
  const [date, setDate] = useState(() => toIso(new Date()));
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ saving: boolean; message: string }>({ saving: false, message: '' });
  const { formRef, refused } = useFocusFirstInvalid();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status.saving) return;
    setStatus({ saving: true, message: '' });
    const outcome = await logStudy({ skillId, date, minutes: minutes.trim() === '' ? undefined : Number(minutes), note });
    if (outcome.ok) {
      onDone();
      return;
    }
    setErrors(outcome.fieldErrors);
    setStatus({ saving: false, message: outcome.message });
    refused();
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Log study">
      <SelectField label="Skill" value={skillId} onChange={setSkillId} options={skillGroups(skills)} error={errors.skillId} />
      <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.date} />
      <NumberField label="Minutes" step="5" value={minutes} onChange={setMinutes} error={errors.minutes} hint="Up to 1440 (24 hours) per entry." />
      <TextField label="Note" value={note} onChange={setNote} error={errors.note} hint="Optional: what you studied." />
      <div className="form-actions">
        {/* Never `disabled` while saving: a disabled button drops focus to <body>, out of the dialog. */}
        <button type="submit" className="primary" aria-disabled={status.saving || undefined}>
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

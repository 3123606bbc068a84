import { useState } from 'react';
import type { SkillSummary } from '@shared/domain/skills';
import { LEVEL_MEANINGS, SKILL_STATUSES, SKILL_STATUS_LABELS } from '@shared/domain/vocabulary';
import { SelectField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

const LEVELS = LEVEL_MEANINGS.map((meaning, level) => ({ level, meaning }));
const LEVEL_OPTIONS = LEVELS.map(({ level, meaning }) => ({ value: String(level), label: `${level} — ${meaning.split(':')[0]}` }));
const STATUS_OPTIONS = SKILL_STATUSES.map((s) => ({ value: s, label: SKILL_STATUS_LABELS[s] }));

interface LevelSelectProps {
  label: string;
  error?: string;
  hint?: string;
  value: number;
  onChange(level: number): void;
}

/** A level 0–5 picker whose options carry each level's short name. */
export function LevelSelect({ label, error, hint, value, onChange }: LevelSelectProps) {
  return <SelectField label={label} error={error} hint={hint} value={String(value)} onChange={(v) => onChange(Number(v))} options={LEVEL_OPTIONS} />;
}

/** Level, target and status: each change saves at once and is logged as an event. */
export function ProgressControls({ skill }: { skill: SkillSummary }) {
  const setProgress = useAppStore((s) => s.setProgress);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function change(patch: { level?: number; targetLevel?: number; status?: string }) {
    const outcome = await setProgress({ skillId: skill.id, ...patch });
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    setMessage(outcome.ok ? 'Saved.' : outcome.message);
  }

  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <div className="form">
        <SelectField label="Status" value={skill.status} onChange={(status) => change({ status })} options={STATUS_OPTIONS} error={errors.status} />
        <LevelSelect label="Level" error={errors.level} hint={LEVEL_MEANINGS[skill.level]} value={skill.level} onChange={(level) => change({ level })} />
        <LevelSelect label="Target level" error={errors.targetLevel} value={skill.targetLevel} onChange={(targetLevel) => change({ targetLevel })} />
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
      <h3 className="visually-hidden">What the levels mean</h3>
      <ol className="level-meanings" start={0} aria-label="What the levels mean">
        {LEVELS.map(({ level, meaning }) => (
          <li key={level} aria-current={level === skill.level ? 'true' : undefined}>
            {meaning}
          </li>
        ))}
      </ol>
    </section>
  );
}

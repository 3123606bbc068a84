import { useState, type FormEvent } from 'react';
import { addMonths } from 'date-fns';
import type { Goal, GoalKind } from '@shared/domain/goals';
import { toIso } from '@shared/domain/iso-date';
import { CAREER_LEVELS, CAREER_LEVEL_LABELS, GOAL_KINDS, GOAL_KIND_LABELS } from '@shared/domain/vocabulary';
import type { SkillSummary } from '@shared/domain/skills';
import { NumberField, SelectField, TextField } from '../../components/Field';
import { formatDate } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { LevelSelect } from '../skills/ProgressControls';
import { userJudged } from './goal-text';

interface Draft {
  kind: GoalKind;
  title: string;
  dueDate: string;
  note: string;
  skillId: string;
  targetLevel: string;
  careerLevel: string;
  targetSalary: string;
}

const numberOrUndefined = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** Only the fields the chosen kind has go to the contract, which checks them. */
function inputFrom(d: Draft): Record<string, unknown> {
  const base = { kind: d.kind, title: d.title, dueDate: d.dueDate, note: d.note };
  switch (d.kind) {
    case 'skill-level':
      return { ...base, skillId: d.skillId, targetLevel: numberOrUndefined(d.targetLevel) };
    case 'career-level':
      return { ...base, careerLevel: d.careerLevel || undefined };
    case 'salary':
      return { ...base, targetSalary: numberOrUndefined(d.targetSalary) };
    case 'certification':
      return { ...base, skillId: d.skillId || null };
    case 'custom':
      return base;
  }
}

function draftFrom(goal: Goal, fallbackSkill: string): Draft {
  return {
    kind: goal.kind,
    title: goal.title,
    dueDate: goal.dueDate,
    note: goal.note,
    skillId: goal.skillId ?? (goal.kind === 'certification' ? '' : fallbackSkill),
    targetLevel: String(goal.targetLevel ?? 3),
    careerLevel: goal.careerLevel ?? '',
    targetSalary: goal.targetSalary === null ? '' : String(goal.targetSalary),
  };
}

interface GoalFormProps {
  skills: readonly SkillSummary[];
  /** Edit this goal instead of adding a new one. */
  goal?: Goal;
  /** After a saved edit, or Cancel. */
  onDone?(): void;
}

/** Adds a goal, or edits one in place (same fields, kind included). */
export function GoalForm({ skills, goal, onDone }: GoalFormProps) {
  const createGoal = useAppStore((s) => s.createGoal);
  const updateGoal = useAppStore((s) => s.updateGoal);
  const blank = (): Draft => ({
    kind: 'skill-level',
    title: '',
    dueDate: toIso(addMonths(new Date(), 3)),
    note: '',
    skillId: skills[0]?.id ?? '',
    targetLevel: '3',
    careerLevel: '',
    targetSalary: '',
  });
  const [draft, setDraft] = useState<Draft>(() => (goal ? draftFrom(goal, skills[0]?.id ?? '') : blank()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const certifications = skills.filter((s) => s.category === 'certifications');
  // A goal on a deleted skill may keep it: the picker offers it, marked, next to the live skills.
  const keptDeleted = goal?.skillDeleted && goal.skillId && goal.skillName ? { id: goal.skillId, name: `${goal.skillName} (deleted)` } : null;
  const skillOptions = [...(keptDeleted ? [keptDeleted] : []), ...(draft.kind === 'certification' ? certifications : skills)];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputFrom(draft);
    const outcome = goal ? await updateGoal(goal.id, input) : await createGoal(input);
    if (outcome.ok) {
      setErrors({});
      if (goal) {
        onDone?.();
        return;
      }
      setDraft(blank());
      setMessage(`Goal “${outcome.value.title}” added.`);
    } else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={goal ? `Edit goal ${goal.title}` : 'New goal'}>
      {goal?.completedAt && !userJudged(goal) ? (
        <p className="field-hint">
          This goal was reached on {formatDate(goal.completedAt)}. Changing its kind, skill or target checks it again against your data now: it stays
          done if your data reaches the new target and reopens if not. Title, due date and note never reopen it.
        </p>
      ) : null}
      <SelectField
        label="Kind"
        error={errors.kind}
        value={draft.kind}
        onChange={(value) => set('kind', value as GoalKind)}
        options={GOAL_KINDS.map((k) => ({ value: k, label: GOAL_KIND_LABELS[k] }))}
      />
      <TextField label="Title" error={errors.title} value={draft.title} onChange={(value) => set('title', value)} />
      {draft.kind === 'skill-level' || draft.kind === 'certification' ? (
        <SelectField
          label={draft.kind === 'certification' ? 'Certification (optional)' : 'Skill'}
          error={errors.skillId}
          hint={draft.kind === 'certification' ? 'With one chosen, the goal completes when you mark that skill done.' : undefined}
          value={draft.skillId}
          onChange={(value) => set('skillId', value)}
          placeholder={draft.kind === 'certification' ? 'None: I will mark it done' : undefined}
          options={skillOptions.map((s) => ({ value: s.id, label: s.name }))}
        />
      ) : null}
      {draft.kind === 'skill-level' ? (
        <LevelSelect label="Target level" error={errors.targetLevel} value={Number(draft.targetLevel)} onChange={(level) => set('targetLevel', String(level))} />
      ) : null}
      {draft.kind === 'career-level' ? (
        <SelectField
          label="Career level"
          error={errors.careerLevel}
          value={draft.careerLevel}
          onChange={(value) => set('careerLevel', value)}
          placeholder="Choose…"
          options={CAREER_LEVELS.map((l) => ({ value: l, label: CAREER_LEVEL_LABELS[l] }))}
        />
      ) : null}
      {draft.kind === 'salary' ? (
        <NumberField
          label="Target salary"
          error={errors.targetSalary}
          hint="Completes when the salary in your profile reaches it."
          step="1"
          value={draft.targetSalary}
          onChange={(value) => set('targetSalary', value)}
        />
      ) : null}
      <TextField label="Due date" type="date" error={errors.dueDate} value={draft.dueDate} onChange={(value) => set('dueDate', value)} />
      <TextField label="Note" error={errors.note} hint="Optional." value={draft.note} onChange={(value) => set('note', value)} />
      <div className="form-actions">
        <button type="submit" className="primary">
          {goal ? 'Save goal' : 'Add goal'}
        </button>
        {goal ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </form>
  );
}

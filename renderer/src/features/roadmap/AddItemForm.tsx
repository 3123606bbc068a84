import { useState, type FormEvent } from 'react';
import { PROFICIENT_LEVEL, type SkillSummary } from '@shared/domain/skills';
import { SelectField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { LevelSelect } from '../skills/ProgressControls';

interface AddItemFormProps {
  roadmapId: number;
  skills: readonly SkillSummary[];
  /** Skills already on the roadmap: left out of the picker. */
  onRoadmap: ReadonlySet<string>;
}

const listNames = (names: readonly string[]) => names.join(', ');

/** Adds a skill, and by default the prerequisites it still needs, in one step. */
export function AddItemForm({ roadmapId, skills, onRoadmap }: AddItemFormProps) {
  const addItem = useAppStore((s) => s.addRoadmapItem);
  const [skillId, setSkillId] = useState('');
  const [targetLevel, setTargetLevel] = useState(PROFICIENT_LEVEL);
  const [withPrerequisites, setWithPrerequisites] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const choices = skills.filter((s) => !onRoadmap.has(s.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (skillId === '') {
      setErrors({ skillId: 'Choose a skill to add' });
      setMessage('Some fields need attention.');
      return;
    }
    const outcome = await addItem({ roadmapId, skillId, targetLevel, withPrerequisites });
    if (!outcome.ok) {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
      return;
    }
    setErrors({});
    setSkillId('');
    const added = outcome.value.items;
    const asked = added.at(-1)?.skillName ?? '';
    const prerequisites = added.slice(0, -1).map((i) => i.skillName);
    setMessage(
      prerequisites.length === 0
        ? `Added ${asked}.`
        : `Added ${asked} and ${prerequisites.length === 1 ? '1 prerequisite' : `${prerequisites.length} prerequisites`}: ${listNames(prerequisites)}.`,
    );
  }

  return (
    <form className="form roadmap-add" onSubmit={submit} noValidate aria-label="Add a skill to the roadmap">
      <SelectField
        label="Skill to add"
        value={skillId}
        onChange={setSkillId}
        error={errors.skillId}
        placeholder="Choose a skill…"
        options={choices.map((s) => ({ value: s.id, label: s.name }))}
      />
      <LevelSelect label="Target level" value={targetLevel} onChange={setTargetLevel} error={errors.targetLevel} />
      <label className="check">
        <input type="checkbox" checked={withPrerequisites} onChange={(e) => setWithPrerequisites(e.target.checked)} />
        Also add its unmet prerequisites
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          Add to roadmap
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </form>
  );
}

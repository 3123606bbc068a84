import { useState, type FormEvent } from 'react';
import type { LadderLevel } from '@shared/domain/career-ladder';
import { PROFICIENT_LEVEL, type SkillSummary } from '@shared/domain/skills';
import { SelectField } from '../../components/Field';
import { useAppStore } from '../../store';
import { LevelSelect } from '../skills/ProgressControls';

/** Adds a skill the level does not list yet, at a minimum level (stored as the user's own). */
export function LadderAddSkill({ level, skills }: { level: LadderLevel; skills: readonly SkillSummary[] }) {
  const setLadderValue = useAppStore((s) => s.setLadderValue);
  const [skillId, setSkillId] = useState('');
  const [minLevel, setMinLevel] = useState(PROFICIENT_LEVEL);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const listed = new Set(level.skills.map((s) => s.skillId));
  const choices = skills.filter((s) => !listed.has(s.id)).map((s) => ({ value: s.id, label: s.name }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (skillId === '') return setErrors({ skillId: 'Choose a skill to add' });
    const outcome = await setLadderValue({ trackId: level.trackId, levelId: level.levelId, field: 'skill', skillId, value: minLevel });
    if (!outcome.ok) return setErrors({ skillId: outcome.fieldErrors.skillId, value: outcome.fieldErrors.value ?? outcome.message });
    setErrors({});
    setSkillId('');
  }

  return (
    <form className="ladder-add-skill" onSubmit={submit} noValidate aria-label={`Add an expected skill to ${level.name}`}>
      <SelectField label={`${level.name}: skill to add`} value={skillId} onChange={setSkillId} options={choices} placeholder="Choose a skill…" error={errors.skillId} />
      <LevelSelect label={`${level.name}: its minimum level`} value={minLevel} onChange={setMinLevel} error={errors.value} />
      <button type="submit">Add skill</button>
    </form>
  );
}

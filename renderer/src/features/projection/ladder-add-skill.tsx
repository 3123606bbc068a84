import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  // Closed until asked for: ten levels each listing every catalog skill would make the tab heavy.
  const [open, setOpen] = useState(false);
  // Keyboard focus follows the toggle: into the form when it opens, back to its button when it closes.
  const formRef = useRef<HTMLFormElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    if (open) formRef.current?.querySelector('select')?.focus();
    else openRef.current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    toggled.current = true;
    setOpen(next);
  };
  const listed = new Set(level.skills.map((s) => s.skillId));
  const choices = skills.filter((s) => !listed.has(s.id)).map((s) => ({ value: s.id, label: s.name }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (skillId === '') return setErrors({ skillId: 'Choose a skill to add' });
    const outcome = await setLadderValue({ trackId: level.trackId, levelId: level.levelId, field: 'skill', skillId, value: minLevel });
    if (!outcome.ok) return setErrors({ skillId: outcome.fieldErrors.skillId, value: outcome.fieldErrors.value ?? outcome.message });
    setErrors({});
    setSkillId('');
    toggle(false);
  }

  if (!open) {
    return (
      <button ref={openRef} type="button" className="ladder-add-open" aria-label={`Add an expected skill to ${level.name}`} onClick={() => toggle(true)}>
        Add an expected skill
      </button>
    );
  }
  return (
    <form ref={formRef} className="ladder-add-skill" onSubmit={submit} noValidate aria-label={`Add an expected skill to ${level.name}`}>
      <SelectField label={`${level.name}: skill to add`} value={skillId} onChange={setSkillId} options={choices} placeholder="Choose a skill…" error={errors.skillId} />
      <LevelSelect label={`${level.name}: its minimum level`} value={minLevel} onChange={setMinLevel} error={errors.value} />
      <button type="submit">Add skill</button>
      <button type="button" onClick={() => toggle(false)}>
        Cancel
      </button>
    </form>
  );
}

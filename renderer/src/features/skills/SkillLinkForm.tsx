import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { useLoad } from '../../store/use-load';

/** How the chosen skill relates to this one; each maps to one edge direction and kind. */
const RELATIONS = {
  prerequisite: { label: 'is a prerequisite of this skill', kind: 'prerequisite', chosenFirst: true },
  unlocks: { label: 'needs this skill first', kind: 'prerequisite', chosenFirst: false },
  recommended: { label: 'is recommended alongside this skill', kind: 'recommended', chosenFirst: true },
  alternative: { label: 'is an alternative to this skill', kind: 'alternative', chosenFirst: true },
} as const;
type Relation = keyof typeof RELATIONS;

const RELATION_OPTIONS = Object.entries(RELATIONS).map(([value, r]) => ({ value, label: r.label }));

/** Adds the user's own link between two skills; a prerequisite that would make a cycle is refused. */
export function SkillLinkForm({ skillId }: { skillId: string }) {
  const skills = useAppStore((s) => s.skills);
  const addEdge = useAppStore((s) => s.addEdge);
  const loadSkills = useAppStore((s) => s.loadSkills);
  useLoad(loadSkills);
  const [other, setOther] = useState('');
  const [relation, setRelation] = useState<Relation>('prerequisite');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = RELATIONS[relation];
    const chosen = other || undefined;
    const outcome = await addEdge(r.chosenFirst ? { from: chosen, to: skillId, kind: r.kind } : { from: skillId, to: chosen, kind: r.kind });
    if (outcome.ok) {
      setErrors({});
      setOther('');
      setStatus(outcome.value.added ? 'Link added.' : 'That link already exists.');
    } else {
      // The chosen skill is "from" or "to" depending on the relation; show its error on the picker.
      const chosenKey = r.chosenFirst ? 'from' : 'to';
      setErrors({ skill: outcome.fieldErrors[chosenKey] ?? outcome.fieldErrors.to ?? outcome.fieldErrors.from ?? outcome.message });
      setStatus('');
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Link a skill">
      <SelectField
        label="Skill"
        placeholder="Choose a skill…"
        value={other}
        onChange={setOther}
        options={(skills ?? []).filter((s) => s.id !== skillId).map((s) => ({ value: s.id, label: s.name }))}
        error={errors.skill}
      />
      <SelectField label="Relation" value={relation} onChange={(v) => setRelation(v as Relation)} options={RELATION_OPTIONS} />
      <button type="submit">Add link</button>
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

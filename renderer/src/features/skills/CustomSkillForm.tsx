import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS } from '@shared/domain/skills';
import { NumberField, SelectField, TextField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

const CATEGORY_OPTIONS = SKILL_CATEGORIES.map((c) => ({ value: c, label: SKILL_CATEGORY_LABELS[c] }));

/** A skill the catalog lacks; it lives in the user's own table, untouched by catalog updates. */
export function CustomSkillForm({ id, onCancel }: { id?: string; onCancel(): void }) {
  const createCustomSkill = useAppStore((s) => s.createCustomSkill);
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState({ name: '', category: 'practices', description: '', estimatedHours: '20' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await createCustomSkill({ ...draft, estimatedHours: draft.estimatedHours.trim() === '' ? undefined : Number(draft.estimatedHours) });
    if (outcome.ok) navigate(`/skills/${outcome.value.id}`);
    else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <section className="card" id={id} aria-labelledby="custom-skill-title">
      <h2 id="custom-skill-title">Add your own skill</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Add your own skill">
        {/* The user has just asked for this form: start them in its first field. */}
        <TextField label="Name" value={draft.name} onChange={set('name')} error={errors.name} autoFocus />
        <SelectField label="Category" value={draft.category} onChange={set('category')} options={CATEGORY_OPTIONS} error={errors.category} />
        <TextField label="Description" value={draft.description} onChange={set('description')} error={errors.description} />
        <NumberField
          label="Estimated hours to proficient"
          step="1"
          value={draft.estimatedHours}
          onChange={set('estimatedHours')}
          error={errors.estimatedHours}
          hint="Your estimate; you can change it later."
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            Add skill
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <p className="form-status" role="status">
            {message}
          </p>
        </div>
      </form>
    </section>
  );
}

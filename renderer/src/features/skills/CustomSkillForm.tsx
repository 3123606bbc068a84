import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS } from '../../../../shared/domain/skills';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

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
        <Field label="Name" error={errors.name}>
          {({ id, describedBy, invalid }) => <input id={id} autoFocus aria-describedby={describedBy} aria-invalid={invalid} value={draft.name} onChange={(e) => set('name')(e.target.value)} />}
        </Field>
        <Field label="Category" error={errors.category}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={draft.category} onChange={(e) => set('category')(e.target.value)}>
              {SKILL_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {SKILL_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Description" error={errors.description}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} value={draft.description} onChange={(e) => set('description')(e.target.value)} />}
        </Field>
        <Field label="Estimated hours to proficient" error={errors.estimatedHours} hint="Your estimate; you can change it later.">
          {({ id, describedBy, invalid }) => (
            <input id={id} aria-describedby={describedBy} aria-invalid={invalid} type="number" className="numeric" value={draft.estimatedHours} onChange={(e) => set('estimatedHours')(e.target.value)} />
          )}
        </Field>
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

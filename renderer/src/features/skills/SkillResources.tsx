import { Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { Resource } from '@shared/domain/skills';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

/** Only https links become links; Electron and the browser open them outside the app. */
const isHttps = (url: string) => /^https:\/\//i.test(url);

export function SkillResources({ skillId, resources }: { skillId: string; resources: readonly Resource[] }) {
  const addResource = useAppStore((s) => s.addResource);
  const removeResource = useAppStore((s) => s.removeResource);
  const reportError = useAppStore((s) => s.reportError);
  const [draft, setDraft] = useState({ title: '', url: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await addResource({ skillId, ...draft });
    if (outcome.ok) {
      setDraft({ title: '', url: '' });
      setErrors({});
    } else setErrors(outcome.fieldErrors);
  }

  return (
    <section className="card" aria-labelledby="resources-title">
      <h2 id="resources-title">Resources</h2>
      <ul className="linked-list">
        {resources.map((r, i) => (
          <li key={r.id ?? `catalog-${i}`}>
            {isHttps(r.url) ? (
              <a href={r.url} target="_blank" rel="noreferrer">
                {r.title}
              </a>
            ) : (
              r.title
            )}
            {r.own && r.id !== null ? (
              <button type="button" className="icon" aria-label={`Remove ${r.title}`} onClick={() => removeResource(r.id ?? 0).catch(reportError)}>
                <Trash2 size={14} aria-hidden />
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit} noValidate aria-label="Add a resource">
        <Field label="Title" error={errors.title}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} value={draft.title} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />}
        </Field>
        <Field label="https:// link" error={errors.url}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} type="url" value={draft.url} onChange={(e) => setDraft((d) => ({ ...d, url: e.target.value }))} />}
        </Field>
        <button type="submit">Add resource</button>
      </form>
    </section>
  );
}

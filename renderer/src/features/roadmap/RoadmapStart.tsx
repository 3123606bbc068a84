import { useState, type FormEvent } from 'react';
import type { RoadmapPath } from '@shared/domain/roadmap';
import { TextField } from '../../components/Field';
import { formatInteger } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

interface RoadmapStartProps {
  paths: readonly RoadmapPath[];
  /** The roadmap just made, to show it. */
  onCreated(id: number): void;
}

/** Start a roadmap: a copy of a bundled path, or an empty one with a name. */
export function RoadmapStart({ paths, onCreated }: RoadmapStartProps) {
  const createRoadmap = useAppStore((s) => s.createRoadmap);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function create(draft: { pathId: string } | { name: string }) {
    const outcome = await createRoadmap(draft);
    if (outcome.ok) {
      setErrors({});
      setName('');
      setMessage(`Roadmap “${outcome.value.name}” created.`);
      onCreated(outcome.value.id);
    } else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }

  function startEmpty(event: FormEvent) {
    event.preventDefault();
    void create({ name });
  }

  return (
    <div className="roadmap-start">
      <section className="card" aria-labelledby="roadmap-paths-title">
        <h2 id="roadmap-paths-title">Start from a path</h2>
        <p className="muted">Your own copy: change it freely. Later app versions never change it.</p>
        <ul className="roadmap-paths">
          {paths.map((path) => (
            <li key={path.id} aria-label={path.name}>
              <div>
                <h3>{path.name}</h3>
                <p>{path.description}</p>
                <p className="muted">
                  {formatInteger(path.items.length)} skills · about {formatInteger(path.estimatedHours)} h from your current levels
                </p>
              </div>
              <button type="button" onClick={() => void create({ pathId: path.id })}>
                Start from {path.name}
              </button>
            </li>
          ))}
        </ul>
        {errors.pathId ? (
          <p className="field-error" role="alert">
            {errors.pathId}
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="roadmap-empty-title">
        <h2 id="roadmap-empty-title">Start empty</h2>
        <form className="form" onSubmit={startEmpty} noValidate aria-label="Start an empty roadmap">
          <TextField label="Roadmap name" value={name} onChange={setName} error={errors.name} maxLength={120} />
          <div className="form-actions">
            <button type="submit" className="primary">
              Start empty
            </button>
          </div>
        </form>
      </section>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import type { RoadmapSummary } from '@shared/domain/roadmap';
import { SelectField, TextField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

interface RoadmapHeaderProps {
  roadmaps: readonly RoadmapSummary[];
  shown: RoadmapSummary;
  onChoose(id: number): void;
  /** Opens the "new roadmap" panel. */
  onNew(): void;
}

const optionLabel = (r: RoadmapSummary) => (r.active ? `${r.name} (active)` : r.name);

/** Which roadmap is on screen, and what can be done to it as a whole. */
export function RoadmapHeader({ roadmaps, shown, onChoose, onNew }: RoadmapHeaderProps) {
  const setActive = useAppStore((s) => s.setActiveRoadmap);
  const duplicate = useAppStore((s) => s.duplicateRoadmap);
  const archive = useAppStore((s) => s.archiveRoadmap);
  const unarchive = useAppStore((s) => s.unarchiveRoadmap);
  const remove = useAppStore((s) => s.deleteRoadmap);
  const reportError = useAppStore((s) => s.reportError);
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [message, setMessage] = useState('');
  const open = roadmaps.filter((r) => r.archivedAt === null);
  const archived = roadmaps.filter((r) => r.archivedAt !== null);

  const act = (run: () => Promise<unknown>, done?: string) =>
    run().then(
      () => done && setMessage(done),
      (error: unknown) => reportError(error),
    );

  return (
    <section className="card roadmap-header" aria-label="Roadmap choice">
      <div className="roadmap-header-row">
        <SelectField
          label="Roadmap"
          value={String(shown.id)}
          onChange={(value) => {
            setMode('idle');
            onChoose(Number(value));
          }}
          options={[
            ...open.map((r) => ({ value: String(r.id), label: optionLabel(r) })),
            ...(archived.length ? [{ label: 'Archived', options: archived.map((r) => ({ value: String(r.id), label: r.name })) }] : []),
          ]}
        />
        <div className="roadmap-actions">
          {shown.active ? (
            <span className="badge">Active</span>
          ) : (
            <button type="button" disabled={shown.archivedAt !== null} onClick={() => void act(() => setActive(shown.id), `“${shown.name}” is now the active roadmap.`)}>
              Set active
            </button>
          )}
          <button type="button" aria-expanded={mode === 'rename'} onClick={() => setMode(mode === 'rename' ? 'idle' : 'rename')}>
            Rename
          </button>
          <button
            type="button"
            onClick={() =>
              void duplicate(shown.id).then(
                (copy) => {
                  setMessage(`Duplicated as “${copy.name}”.`);
                  onChoose(copy.id);
                },
                (error: unknown) => reportError(error),
              )
            }
          >
            Duplicate
          </button>
          {shown.archivedAt === null ? (
            <button type="button" onClick={() => void act(() => archive(shown.id))}>
              Archive
            </button>
          ) : (
            <button type="button" onClick={() => void act(() => unarchive(shown.id), `“${shown.name}” is back from the archive.`)}>
              Unarchive
            </button>
          )}
          <button type="button" className="danger" onClick={() => setMode('delete')}>
            Delete
          </button>
          <button type="button" onClick={onNew}>
            New roadmap
          </button>
        </div>
      </div>
      <p className="muted roadmap-source">
        {shown.sourcePathId === null
          ? 'Started empty.'
          : shown.sourcePathName
            ? `Copied from the path “${shown.sourcePathName}”.`
            : 'Copied from a path this version of the app no longer ships.'}
        {shown.archivedAt !== null ? ' Archived.' : ''}
      </p>
      {mode === 'rename' ? <RenameForm roadmap={shown} onDone={(text) => {
            // Only the rename closes itself: a Delete pressed while the name was saving keeps its question open.
            setMode((current) => (current === 'rename' ? 'idle' : current));
            if (text) setMessage(text);
          }} /> : null}
      {mode === 'delete' ? (
        <div className="confirm" role="alertdialog" aria-labelledby="roadmap-delete-question">
          <p id="roadmap-delete-question">Delete the roadmap “{shown.name}” for good? Its items and weeks off go with it; this cannot be undone.</p>
          <button type="button" className="danger" onClick={() => void act(() => remove(shown.id), `Roadmap “${shown.name}” deleted.`).then(() => setMode('idle'))}>
            Delete for good
          </button>
          <button type="button" autoFocus onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      ) : null}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function RenameForm({ roadmap, onDone }: { roadmap: RoadmapSummary; onDone(message?: string): void }) {
  const rename = useAppStore((s) => s.renameRoadmap);
  const [name, setName] = useState(roadmap.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await rename(roadmap.id, { name });
    if (outcome.ok) onDone(`Renamed to “${outcome.value.name}”.`);
    else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }

  return (
    <form className="form roadmap-rename" onSubmit={submit} noValidate aria-label="Rename roadmap">
      <TextField label="New name" value={name} onChange={setName} error={errors.name} maxLength={120} autoFocus />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save name
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
        <p className="form-status">{message}</p>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { MAX_NOTE_CHARS } from '@shared/domain/skills';
import { useAppStore } from '../../store';

/**
 * Private notes in Markdown, shown as plain text: React escapes it, and nothing here ever sets
 * HTML, so a pasted <script> stays text.
 */
export function SkillNotes({ skillId, note }: { skillId: string; note: string }) {
  const saveNote = useAppStore((s) => s.saveNote);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await saveNote({ skillId, body: draft });
    if (outcome.ok) {
      setEditing(false);
      setMessage('Note saved.');
    } else setMessage(outcome.fieldErrors.body ?? outcome.message);
  }

  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {editing ? (
        <form onSubmit={submit} aria-label="Edit notes">
          <label className="visually-hidden" htmlFor="note-editor">
            Notes (Markdown)
          </label>
          <textarea id="note-editor" className="note-editor" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={MAX_NOTE_CHARS} />
          <div className="form-actions">
            <button type="submit" className="primary">
              Save note
            </button>
            <button type="button" onClick={() => { setDraft(note); setEditing(false); }}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {note ? <pre className="note-text">{note}</pre> : <p className="muted">No notes yet. Keep what you learned, links and questions here; only you see them.</p>}
          <button type="button" onClick={() => { setDraft(note); setEditing(true); }}>
            {note ? 'Edit notes' : 'Write a note'}
          </button>
        </>
      )}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

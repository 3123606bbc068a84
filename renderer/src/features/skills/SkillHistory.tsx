import { useState, type FormEvent } from 'react';
import { isIsoDate } from '@shared/domain/iso-date';
import type { ProgressEvent } from '@shared/domain/progress';
import { SKILL_STATUS_LABELS } from '@shared/domain/vocabulary';
import { formatDate } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';

export function describeEvent(e: ProgressEvent): string {
  switch (e.kind) {
    case 'study':
      return `Studied ${e.minutes ?? 0} min${e.note ? ` — ${e.note}` : ''}`;
    case 'level':
      return `Level ${e.levelFrom ?? 0} → ${e.levelTo ?? 0}`;
    case 'target':
      return `Target level ${e.levelFrom ?? 0} → ${e.levelTo ?? 0}`;
    case 'status':
      return `Status ${e.statusFrom ? SKILL_STATUS_LABELS[e.statusFrom] : '—'} → ${e.statusTo ? SKILL_STATUS_LABELS[e.statusTo] : '—'}`;
    case 'void':
      // The core writes this note ("Deleted the 2026-01-05 session"); its date reads like every other date.
      return e.note ? e.note.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => (isIsoDate(iso) ? formatDate(iso) : iso)) : 'Deleted an entry';
  }
}

function EditStudy({ event, onClose }: { event: ProgressEvent; onClose(): void }) {
  const editStudy = useAppStore((s) => s.editStudy);
  const [draft, setDraft] = useState({ date: event.date, minutes: String(event.minutes ?? ''), note: event.note });
  const [errors, setErrors] = useState<FieldErrors>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const outcome = await editStudy({ eventId: event.id, date: draft.date, minutes: Number(draft.minutes), note: draft.note });
    if (outcome.ok) onClose();
    else setErrors(outcome.fieldErrors);
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`Correct the ${formatDate(event.date)} session`}>
      <label>
        Date <input type="date" value={draft.date} aria-invalid={Boolean(errors.date)} onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))} />
      </label>
      <label>
        Minutes <input type="number" className="numeric" value={draft.minutes} aria-invalid={Boolean(errors.minutes)} onChange={(e) => setDraft((d) => ({ ...d, minutes: e.target.value }))} />
      </label>
      <label>
        Note <input value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} />
      </label>
      <button type="submit" className="primary">
        Save correction
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      {Object.values(errors).length > 0 ? (
        <p className="field-error" role="alert">
          {Object.values(errors).join(' ')}
        </p>
      ) : null}
    </form>
  );
}

/** The skill's log, newest first; corrected and deleted entries stay visible, struck through. */
export function SkillHistory({ events, readOnly = false }: { events: readonly ProgressEvent[]; readOnly?: boolean }) {
  const deleteStudy = useAppStore((s) => s.deleteStudy);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<number | null>(null);
  if (events.length === 0) return <p className="muted">Nothing logged yet. Press L (or “Log study”) to record a session.</p>;
  return (
    <ul className="history" aria-label="History">
      {events.map((e) => (
        <li key={e.id} data-superseded={e.superseded || undefined}>
          {editing === e.id ? (
            <EditStudy event={e} onClose={() => setEditing(null)} />
          ) : (
            <>
              <span className="history-date">{formatDate(e.date)}</span>
              <span>
                {describeEvent(e)}
                {e.superseded ? <span className="visually-hidden"> (corrected or deleted)</span> : null}
              </span>
              {e.kind === 'study' && !e.superseded && !readOnly ? (
                <span className="history-actions">
                  <button type="button" onClick={() => setEditing(e.id)} aria-label={`Correct the ${formatDate(e.date)} session`}>
                    Correct
                  </button>
                  <button type="button" onClick={() => deleteStudy(e.id).catch(reportError)} aria-label={`Delete the ${formatDate(e.date)} session`}>
                    Delete
                  </button>
                </span>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

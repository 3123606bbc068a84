import { useRef, useState, type FormEvent } from 'react';
import { AddWeekOffInput, type RoadmapView } from '@shared/domain/roadmap';
import { TextField } from '../../components/Field';
import { formatDate } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { useLive } from './use-live-schedule';

/** Holidays, exams: date ranges the schedule plans no study in. */
export function WeeksOff({ loaded }: { loaded: RoadmapView }) {
  const live = useLive();
  const addWeekOff = useAppStore((s) => s.addWeekOff);
  const removeWeekOff = useAppStore((s) => s.removeWeekOff);
  const reportError = useAppStore((s) => s.reportError);
  const [draft, setDraft] = useState({ start: '', end: '', label: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const nextKey = useRef(1);
  const removing = new Set(live.pending.weeksOffRemoved);
  const shown = loaded.weeksOff.filter((w) => !removing.has(w.id));

  async function add(event: FormEvent) {
    event.preventDefault();
    const input = { roadmapId: loaded.roadmap.id, ...draft };
    const save = () => addWeekOff(input);
    const { start, end } = draft;
    const before = loaded.weeksOff.filter((w) => w.start === start && w.end === end).length;
    // Only a valid range moves the dates; the save names what is wrong with any other.
    const outcome = AddWeekOffInput.safeParse(input).success
      ? await live.track({ kind: 'add-week-off', weekOff: { key: nextKey.current++, start, end, before } }, save)
      : await save();
    if (outcome.ok) {
      setErrors({});
      setDraft({ start: '', end: '', label: '' });
      setMessage(`Time off ${formatDate(outcome.value.start)} – ${formatDate(outcome.value.end)} added.`);
    } else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }

  function remove(id: number, label: string) {
    const save = async () => {
      await removeWeekOff(id);
      return { ok: true as const, value: null };
    };
    live.track({ kind: 'remove-week-off', id }, save).then(
      () => setMessage(`${label} removed.`),
      (error: unknown) => reportError(error),
    );
  }

  return (
    <section className="roadmap-weeks-off" aria-labelledby="weeks-off-title">
      <h3 id="weeks-off-title">Weeks off</h3>
      {shown.length === 0 ? (
        <p className="muted">No time off planned.</p>
      ) : (
        <ul aria-label="Weeks off">
          {shown.map((w) => {
            const label = `Time off ${formatDate(w.start)} – ${formatDate(w.end)}${w.label ? ` (${w.label})` : ''}`;
            return (
              <li key={w.id}>
                {label}{' '}
                <button type="button" aria-label={`Remove ${label}`} onClick={() => remove(w.id, label)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="form roadmap-week-off-form" onSubmit={add} noValidate aria-label="Add time off">
        <TextField label="First day off" type="date" value={draft.start} onChange={(start) => setDraft((d) => ({ ...d, start }))} error={errors.start} />
        <TextField label="Last day off" type="date" value={draft.end} onChange={(end) => setDraft((d) => ({ ...d, end }))} error={errors.end} />
        <TextField label="Label" hint="Optional: holiday, exams…" value={draft.label} onChange={(label) => setDraft((d) => ({ ...d, label }))} error={errors.label} maxLength={120} />
        <div className="form-actions">
          <button type="submit">Add time off</button>
          <p className="form-status" role="status" aria-live="polite">
            {message}
          </p>
        </div>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { UpdateItemInput, type RoadmapItem } from '@shared/domain/roadmap';
import { NumberField, TextField } from '../../components/Field';
import { formatDecimal } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { LevelSelect } from '../skills/ProgressControls';
import { useLive } from './use-live-schedule';

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Target level, hours override and pinned start of one item; the dates move as soon as it is saved. */
export function ItemEditor({ item, onDone }: { item: RoadmapItem; onDone(): void }) {
  const live = useLive();
  const updateItem = useAppStore((s) => s.updateRoadmapItem);
  const [targetLevel, setTargetLevel] = useState(item.targetLevel);
  const [hours, setHours] = useState(item.hoursOverride === null ? '' : String(item.hoursOverride));
  const [pinnedStart, setPinnedStart] = useState(item.pinnedStart ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = { targetLevel, hoursOverride: numberOrNull(hours), pinnedStart: pinnedStart === '' ? null : pinnedStart };
    const save = () => updateItem(item.id, patch);
    const outcome = UpdateItemInput.safeParse({ id: item.id, ...patch }).success ? await live.track({ kind: 'item', id: item.id, patch }, save) : await save();
    if (outcome.ok) onDone();
    else {
      setErrors(outcome.fieldErrors);
      setMessage(outcome.message);
    }
  }

  return (
    <form className="form roadmap-item-editor" onSubmit={submit} noValidate aria-label={`Edit ${item.skillName}`}>
      <LevelSelect label="Target level" value={targetLevel} onChange={setTargetLevel} error={errors.targetLevel} />
      <NumberField
        label="Hours override"
        step="0.5"
        value={hours}
        onChange={setHours}
        error={errors.hoursOverride}
        hint={`Empty uses the estimate (${formatDecimal(item.estimatedHours)} h to proficient, minus study logged).`}
      />
      <TextField label="Pinned start" type="date" value={pinnedStart} onChange={setPinnedStart} error={errors.pinnedStart} hint="Optional: not before this day." />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save item
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </form>
  );
}

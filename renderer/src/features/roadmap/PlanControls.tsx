import { useState } from 'react';
import { HoursPerWeek, MAX_HOURS_PER_WEEK, MAX_PARALLEL, type RoadmapView } from '@shared/domain/roadmap';
import { NumberField, SelectField } from '../../components/Field';
import { formatDecimal } from '../../format';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { useLive } from './use-live-schedule';

const PARALLEL_OPTIONS = Array.from({ length: MAX_PARALLEL }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

/** Hours per week and skills at once: each change re-schedules at once and saves. */
export function PlanControls({ loaded }: { loaded: RoadmapView }) {
  const live = useLive();
  const setPlan = useAppStore((s) => s.setRoadmapPlan);
  const profileHours = useAppStore((s) => s.profile?.hoursPerWeek ?? null);
  const id = loaded.roadmap.id;
  const saved = loaded.roadmap.hoursPerWeek;
  const [hoursText, setHoursText] = useState(saved === null ? '' : String(saved));
  // A change saved elsewhere (another window) shows here, unless the user's own change is still on its way.
  const [seenSaved, setSeenSaved] = useState(saved);
  if (seenSaved !== saved) {
    setSeenSaved(saved);
    const typed = hoursText.trim() === '' ? null : Number(hoursText);
    if (live.pending.hoursPerWeek === undefined && typed !== saved) setHoursText(saved === null ? '' : String(saved));
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  const show = (outcome: { ok: true } | { ok: false; message: string; fieldErrors: FieldErrors }, done: string) => {
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    setMessage(outcome.ok ? done : outcome.message);
  };

  async function changeHours(text: string) {
    setHoursText(text);
    if (text.trim() === '') return backToProfile();
    const hours = Number(text);
    // Only a valid figure moves the dates; the save reports what is wrong with any other.
    const valid = HoursPerWeek.safeParse(hours).success;
    const save = () => setPlan(id, { hoursPerWeek: hours });
    show(valid ? await live.track({ kind: 'hours', value: hours }, save) : await save(), 'Hours per week saved.');
  }

  async function backToProfile() {
    setHoursText('');
    const save = () => setPlan(id, { hoursPerWeek: null });
    show(profileHours === null ? await save() : await live.track({ kind: 'hours', value: profileHours }, save), 'Back to the hours in your profile.');
  }

  async function changeParallel(value: string) {
    const parallel = Number(value);
    show(await live.track({ kind: 'parallel', value: parallel }, () => setPlan(id, { parallel })), 'Skills at once saved.');
  }

  const fromProfile = hoursText.trim() === '' && loaded.hoursPerWeekFrom === 'profile';
  const used = live.input.hoursPerWeek;

  return (
    <div className="form roadmap-plan">
      <NumberField
        label="Hours per week"
        step="0.5"
        value={hoursText}
        onChange={(text) => void changeHours(text)}
        error={errors.hoursPerWeek}
        hint={`0 to ${MAX_HOURS_PER_WEEK}. Empty uses your profile's hours.`}
      />
      <p className="roadmap-hours-used" aria-live="polite">
        {fromProfile ? `Using ${formatDecimal(used)} h a week from your profile.` : `Using ${formatDecimal(used)} h a week set for this roadmap.`}{' '}
        {fromProfile ? null : (
          <button type="button" onClick={() => void backToProfile()}>
            Use profile hours
          </button>
        )}
      </p>
      <SelectField
        label="Skills at once"
        value={String(live.input.parallel)}
        onChange={(value) => void changeParallel(value)}
        options={PARALLEL_OPTIONS}
        error={errors.parallel}
        hint="The week's hours are shared between them."
      />
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import type { Ladder } from '@shared/domain/career-ladder';
import { CURRENCIES } from '@shared/domain/profile';
import type { Scenario } from '@shared/domain/scenarios';
import type { DatasetSummary, Occupation } from '@shared/domain/salary';
import { AreaCombobox } from '../../components/AreaCombobox';
import { NumberField, SelectField, TextField } from '../../components/Field';
import { useAppStore } from '../../store';
import type { FieldErrors } from '../../store/field-errors';
import { applyPreset, eventKinds, paramsFrom, PRESET_LABELS, PRESETS, suggestedName, type AreaChoice, type Preset, type ScenarioDraft } from './scenario-draft';

interface ScenarioFormProps {
  initial: ScenarioDraft;
  ladder: Ladder;
  occupations: readonly Occupation[];
  datasets: readonly DatasetSummary[];
  /** Edit this scenario instead of creating one. */
  scenario?: Scenario;
  onSaved(scenario: Scenario): void;
  onCancel?(): void;
}

/** Area names for a saved scenario's codes (only codes are saved). */
function useAreaNames(draft: ScenarioDraft, setDraft: (update: (d: ScenarioDraft) => ScenarioDraft) => void) {
  const searchAreas = useAppStore((s) => s.searchAreas);
  const needs = (a: AreaChoice | null) => a !== null && a.name === a.code;
  const areaCode = needs(draft.area) ? draft.area?.code : undefined;
  const relocateCode = needs(draft.relocateArea) ? draft.relocateArea?.code : undefined;
  useEffect(() => {
    for (const [code, key] of [
      [areaCode, 'area'],
      [relocateCode, 'relocateArea'],
    ] as const) {
      if (!code) continue;
      searchAreas(code, 1).then(
        ([found]) => found && found.code === code && setDraft((d) => ({ ...d, [key]: { code, name: found.name } })),
        () => undefined,
      );
    }
  }, [areaCode, relocateCode, searchAreas, setDraft]);
}

/** Creates or edits a scenario: presets fill the form and combine; the contract's schema judges it and core refuses a currency mix. */
export function ScenarioForm({ initial, ladder, occupations, datasets, scenario, onSaved, onCancel }: ScenarioFormProps) {
  const saveScenario = useAppStore((s) => s.saveScenario);
  const [draft, setDraft] = useState<ScenarioDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [refused, setRefused] = useState('');
  useAreaNames(draft, setDraft);
  const set = <K extends keyof ScenarioDraft>(key: K, value: ScenarioDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const usable = datasets.filter((d) => d.standing !== 'unsourced-claim');
  const imported = usable.find((d) => d.id === draft.datasetId)?.standing === 'user';
  const levels = ladder.tracks.map((t) => ({ label: t.name, options: t.levels.map((l) => ({ value: `${t.id}:${l.levelId}`, label: l.name })) }));
  const occupationOptions = occupations.map((o) => ({ value: o.code, label: `${o.title} (${o.code})` }));
  const kinds = eventKinds(draft);
  const eventError = (kind: string, field: string) => {
    const i = kinds.indexOf(kind as (typeof kinds)[number]);
    return errors[`events.${i}.${field}`] ?? (i === 0 ? errors.events : undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = draft.name.trim() === '' ? suggestedName(draft, occupations) : draft.name;
    const outcome = await saveScenario({ name, params: paramsFrom(draft) }, scenario?.id);
    if (outcome.ok) {
      setErrors({});
      setRefused('');
      setMessage(`Scenario “${outcome.value.name}” saved.`);
      onSaved(outcome.value);
    } else {
      setErrors(outcome.fieldErrors);
      const hasFieldErrors = Object.keys(outcome.fieldErrors).length > 0;
      setRefused(hasFieldErrors ? '' : outcome.message);
      setMessage(hasFieldErrors ? outcome.message : '');
    }
  }

  const textOrArea = (label: string, value: AreaChoice | null, onChange: (a: AreaChoice | null) => void, error?: string) =>
    imported ? (
      <TextField label={label} hint="As written in the imported file." error={error} value={value?.code ?? ''} onChange={(v) => onChange({ code: v, name: v })} />
    ) : (
      <AreaCombobox label={label} value={value} error={error} onChange={(a) => onChange(a ? { code: a.code, name: a.name } : null)} />
    );
  const occupationField = (label: string, value: string, onChange: (v: string) => void, error?: string) =>
    imported ? (
      <TextField label={label} hint="A job title as written in the imported file." error={error} value={value} onChange={onChange} />
    ) : (
      <SelectField label={label} value={value} onChange={onChange} error={error} placeholder="Choose…" options={occupationOptions} />
    );

  return (
    <form className="form scenario-form" onSubmit={submit} noValidate aria-label={scenario ? `Edit scenario ${scenario.name}` : 'New scenario'}>
      <div className="scenario-presets" role="group" aria-label="Presets">
        <span className="field-hint">Start from a preset (they combine):</span>
        {PRESETS.map((p: Preset) => (
          <button key={p} type="button" onClick={() => setDraft((d) => applyPreset(d, p))}>
            {PRESET_LABELS[p]}
          </button>
        ))}
      </div>
      <TextField label="Scenario name" error={errors.name} placeholder={suggestedName(draft, occupations)} value={draft.name} onChange={(v) => set('name', v)} />
      <fieldset>
        <legend>Where you start</legend>
        <SelectField
          label="Pay data"
          value={draft.datasetId}
          error={errors.datasetId}
          onChange={(v) => set('datasetId', v)}
          options={usable.map((d) => ({ value: d.id, label: d.name }))}
        />
        {occupationField('Occupation', draft.occupationCode, (v) => set('occupationCode', v), errors.occupationCode)}
        {textOrArea('Area', draft.area, (a) => set('area', a), errors.areaCode)}
        <SelectField label="Level" value={draft.trackLevel} error={errors.levelId ?? errors.trackId} onChange={(v) => set('trackLevel', v)} options={levels} />
        <NumberField label="Years already in this level" step="0.5" error={errors.yearsInLevel} value={draft.yearsInLevel} onChange={(v) => set('yearsInLevel', v)} />
        <SelectField
          label="Position in the band"
          value={draft.position}
          error={errors.position}
          onChange={(v) => set('position', v as ScenarioDraft['position'])}
          options={[
            { value: 'salary', label: 'From my salary' },
            { value: 'market', label: 'At market' },
          ]}
        />
        {draft.position === 'salary' ? (
          <NumberField label="Current salary" step="1" error={errors.currentSalary} value={draft.currentSalary} onChange={(v) => set('currentSalary', v)} />
        ) : null}
        <SelectField label="Currency" value={draft.currency} error={errors.currency} onChange={(v) => set('currency', v)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        <TextField label="Start date" type="date" error={errors.startDate} value={draft.startDate} onChange={(v) => set('startDate', v)} />
        <NumberField label="Horizon (years)" step="1" error={errors.horizonYears} value={draft.horizonYears} onChange={(v) => set('horizonYears', v)} />
        <NumberField
          label="Market growth (% a year)"
          step="0.01"
          hint="Default 2.18 %: BLS's national median for 15-1252, $133,080 (May 2024) → $135,980 (May 2025)."
          error={errors.growthRate}
          value={draft.growthPercent}
          onChange={(v) => set('growthPercent', v)}
        />
        <SelectField
          label="Skills"
          value={draft.skills}
          error={errors.skills}
          onChange={(v) => set('skills', v as ScenarioDraft['skills'])}
          options={[
            { value: 'roadmap', label: 'Follow my roadmap (its scheduled levels count)' },
            { value: 'stay', label: 'Stay the course (no new skills)' },
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>Events</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.relocate} onChange={(e) => set('relocate', e.target.checked)} /> Relocate
        </label>
        {draft.relocate ? (
          <div className="scenario-event">
            {textOrArea('Relocate to', draft.relocateArea, (a) => set('relocateArea', a), eventError('relocation', 'areaCode'))}
            <NumberField label="Relocation year" step="1" error={eventError('relocation', 'year')} value={draft.relocateYear} onChange={(v) => set('relocateYear', v)} />
          </div>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={draft.switchOccupation} onChange={(e) => set('switchOccupation', e.target.checked)} /> Switch occupation
        </label>
        {draft.switchOccupation ? (
          <div className="scenario-event">
            {occupationField('Switch to occupation', draft.switchOccupationCode, (v) => set('switchOccupationCode', v), eventError('occupation-change', 'occupationCode'))}
            <SelectField
              label="Level after the switch"
              value={draft.switchTrackLevel}
              error={eventError('occupation-change', 'levelId')}
              onChange={(v) => set('switchTrackLevel', v)}
              options={[{ value: '', label: 'Keep my level' }, ...levels]}
            />
            <NumberField label="Switch year" step="1" error={eventError('occupation-change', 'year')} value={draft.switchYear} onChange={(v) => set('switchYear', v)} />
          </div>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={draft.jobChange} onChange={(e) => set('jobChange', e.target.checked)} /> Change job
        </label>
        {draft.jobChange ? (
          <div className="scenario-event">
            <NumberField label="Job change year" step="1" error={eventError('job-change', 'year')} value={draft.jobYear} onChange={(v) => set('jobYear', v)} />
            <NumberField label="Raise (%)" step="1" error={eventError('job-change', 'raisePercent')} value={draft.raisePercent} onChange={(v) => set('raisePercent', v)} />
          </div>
        ) : null}
      </fieldset>
      {refused ? (
        <p className="field-error scenario-refused" role="alert">
          {refused}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {scenario ? 'Save scenario' : 'Add scenario'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <p className="form-status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </form>
  );
}

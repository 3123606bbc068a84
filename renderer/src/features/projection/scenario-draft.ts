import { DEFAULT_DATASET_ID, DEFAULT_GROWTH, type ScenarioEvent, type ScenarioParams } from '@shared/domain/projection';
import type { Profile } from '@shared/domain/profile';

/* The scenario form's state as typed (numbers stay text until the contract's schema judges them), presets, and the parameters it makes. */

export interface AreaChoice {
  code: string;
  name: string;
}

export interface ScenarioDraft {
  name: string;
  startDate: string;
  horizonYears: string;
  datasetId: string;
  occupationCode: string;
  area: AreaChoice | null;
  /** "track:level", e.g. "ic:mid". */
  trackLevel: string;
  yearsInLevel: string;
  currency: string;
  currentSalary: string;
  position: 'salary' | 'market';
  growthPercent: string;
  growthSource: string;
  skills: 'stay' | 'roadmap';
  relocate: boolean;
  relocateYear: string;
  relocateArea: AreaChoice | null;
  switchOccupation: boolean;
  switchYear: string;
  switchOccupationCode: string;
  /** "" keeps the level held; "track:level" moves there (e.g. the first manager level). */
  switchTrackLevel: string;
  jobChange: boolean;
  jobYear: string;
  raisePercent: string;
}

export const PRESETS = ['stay', 'roadmap', 'relocate', 'switch', 'job-change'] as const;
export type Preset = (typeof PRESETS)[number];
export const PRESET_LABELS: Record<Preset, string> = {
  stay: 'Stay the course',
  roadmap: 'Follow my roadmap',
  relocate: 'Relocate to <area> in <year>',
  switch: 'Switch to <occupation>',
  'job-change': 'Change job in <year> (+x %)',
};

const NATIONAL: AreaChoice = { code: '0000000', name: 'National (U.S.)' };
const splitTrackLevel = (value: string) => {
  const [trackId = '', levelId = ''] = value.split(':');
  return { trackId, levelId };
};
const num = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** A new scenario from the profile (occupation, area, level, salary) with today as its start. */
export function blankDraft(profile: Profile | null, today: string): ScenarioDraft {
  return {
    name: '',
    startDate: today,
    horizonYears: String(Math.max(10, profile?.horizonYears ?? 10)),
    datasetId: DEFAULT_DATASET_ID,
    occupationCode: profile?.occupationCode ?? '15-1252',
    area: profile ? { code: profile.areaCode, name: profile.areaName } : NATIONAL,
    trackLevel: `ic:${profile?.careerLevel ?? 'mid'}`,
    yearsInLevel: '0',
    currency: profile?.currency ?? 'USD',
    currentSalary: profile?.currentSalary === null || profile?.currentSalary === undefined ? '' : String(profile.currentSalary),
    position: profile?.currentSalary === null || profile?.currentSalary === undefined ? 'market' : 'salary',
    growthPercent: (DEFAULT_GROWTH.rate * 100).toFixed(2),
    growthSource: DEFAULT_GROWTH.source,
    skills: 'roadmap',
    relocate: false,
    relocateYear: '2',
    relocateArea: null,
    switchOccupation: false,
    switchYear: '2',
    switchOccupationCode: '11-3021',
    switchTrackLevel: '',
    jobChange: false,
    jobYear: '2',
    raisePercent: '10',
  };
}

/** A preset sets its part of the form; presets combine (pick one after another). An empty name becomes suggestedName. */
export function applyPreset(draft: ScenarioDraft, preset: Preset): ScenarioDraft {
  switch (preset) {
    case 'stay':
      return { ...draft, skills: 'stay', relocate: false, switchOccupation: false, jobChange: false };
    case 'roadmap':
      return { ...draft, skills: 'roadmap' };
    case 'relocate':
      return { ...draft, relocate: true };
    case 'switch':
      return { ...draft, switchOccupation: true, switchTrackLevel: draft.switchOccupationCode === '11-3021' ? 'manager:manager' : '' };
    case 'job-change':
      return { ...draft, jobChange: true };
  }
}

/** The events in the order the form lists them, so an error on `events.N` lands beside its section. */
export function eventKinds(d: ScenarioDraft): Array<ScenarioEvent['kind']> {
  return [...(d.relocate ? (['relocation'] as const) : []), ...(d.switchOccupation ? (['occupation-change'] as const) : []), ...(d.jobChange ? (['job-change'] as const) : [])];
}

/** What goes to the contract, which checks it (the form shows its messages beside the fields). */
export function paramsFrom(d: ScenarioDraft): Record<string, unknown> {
  const { trackId, levelId } = splitTrackLevel(d.trackLevel);
  const events: Array<Record<string, unknown>> = [];
  if (d.relocate) events.push({ kind: 'relocation', year: num(d.relocateYear), areaCode: d.relocateArea?.code ?? '' });
  if (d.switchOccupation) {
    const target = d.switchTrackLevel ? splitTrackLevel(d.switchTrackLevel) : null;
    events.push({ kind: 'occupation-change', year: num(d.switchYear), occupationCode: d.switchOccupationCode, ...(target ?? {}) });
  }
  if (d.jobChange) events.push({ kind: 'job-change', year: num(d.jobYear), raisePercent: num(d.raisePercent) });
  const growth = num(d.growthPercent);
  return {
    startDate: d.startDate,
    horizonYears: num(d.horizonYears),
    datasetId: d.datasetId,
    occupationCode: d.occupationCode,
    areaCode: d.area?.code ?? '',
    trackId,
    levelId,
    yearsInLevel: num(d.yearsInLevel),
    currency: d.currency,
    currentSalary: d.position === 'salary' ? (num(d.currentSalary) ?? null) : null,
    position: d.position,
    growthRate: growth === undefined ? undefined : Math.round(growth * 100) / 10_000,
    // The BLS source names the default rate only: another rate is the user's own.
    growthSource: growth !== undefined && Math.abs(growth / 100 - DEFAULT_GROWTH.rate) < 1e-9 ? DEFAULT_GROWTH.source : d.growthSource === DEFAULT_GROWTH.source ? 'Your own estimate' : d.growthSource,
    skills: d.skills,
    events,
  };
}

/** The form for a saved scenario; area names are looked up afterwards (only codes are saved). */
export function draftFromParams(name: string, p: ScenarioParams): ScenarioDraft {
  const relocation = p.events.find((e) => e.kind === 'relocation');
  const change = p.events.find((e) => e.kind === 'occupation-change');
  const job = p.events.find((e) => e.kind === 'job-change');
  return {
    name,
    startDate: p.startDate,
    horizonYears: String(p.horizonYears),
    datasetId: p.datasetId,
    occupationCode: p.occupationCode,
    area: { code: p.areaCode, name: p.areaCode },
    trackLevel: `${p.trackId}:${p.levelId}`,
    yearsInLevel: String(p.yearsInLevel),
    currency: p.currency,
    currentSalary: p.currentSalary === null ? '' : String(p.currentSalary),
    position: p.position,
    growthPercent: String(Math.round(p.growthRate * 10_000) / 100),
    growthSource: p.growthSource,
    skills: p.skills,
    relocate: relocation !== undefined,
    relocateYear: String(relocation?.year ?? 2),
    relocateArea: relocation ? { code: relocation.areaCode, name: relocation.areaCode } : null,
    switchOccupation: change !== undefined,
    switchYear: String(change?.year ?? 2),
    switchOccupationCode: change?.occupationCode ?? '11-3021',
    switchTrackLevel: change?.trackId ? `${change.trackId}:${change.levelId ?? ''}` : '',
    jobChange: job !== undefined,
    jobYear: String(job?.year ?? 2),
    raisePercent: String(job?.raisePercent ?? 10),
  };
}

/** A name that says what the scenario does, used when the name is left empty. */
export function suggestedName(d: ScenarioDraft, occupations: ReadonlyArray<{ code: string; title: string }>): string {
  const parts: string[] = [];
  if (d.relocate) parts.push(`Relocate to ${d.relocateArea?.name ?? '…'} in year ${d.relocateYear}`);
  if (d.switchOccupation) parts.push(`Switch to ${occupations.find((o) => o.code === d.switchOccupationCode)?.title ?? d.switchOccupationCode}`);
  if (d.jobChange) parts.push(`Change job in year ${d.jobYear} (+${d.raisePercent} %)`);
  if (parts.length === 0) return d.skills === 'stay' ? 'Stay the course' : 'Follow my roadmap';
  return parts.join(', ');
}

import type { Profile } from '@shared/domain/profile';

/** What the form edits: text as typed, turned into numbers only when it is submitted. */
export interface ProfileDraft {
  name: string;
  occupationCode: string;
  area: { code: string; name: string } | null;
  careerLevel: string;
  yearsExperience: string;
  currentSalary: string;
  currency: string;
  hoursPerWeek: string;
  horizonYears: string;
}

export const DEFAULT_OCCUPATION = '15-1252';

export function draftFrom(profile: Profile | null): ProfileDraft {
  if (!profile) {
    return {
      name: '',
      occupationCode: DEFAULT_OCCUPATION,
      area: null,
      careerLevel: '',
      yearsExperience: '',
      currentSalary: '',
      currency: 'USD',
      hoursPerWeek: '5',
      horizonYears: '5',
    };
  }
  return {
    name: profile.name,
    occupationCode: profile.occupationCode,
    area: { code: profile.areaCode, name: profile.areaName },
    careerLevel: profile.careerLevel,
    yearsExperience: String(profile.yearsExperience),
    currentSalary: profile.currentSalary === null ? '' : String(profile.currentSalary),
    currency: profile.currency,
    hoursPerWeek: String(profile.hoursPerWeek),
    horizonYears: String(profile.horizonYears),
  };
}

/** Empty text stays undefined so the schema reports "required", not "must be a number". */
const numberOrUndefined = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** The draft in the contract's input shape, left for the contract's schema to judge. */
export function inputFrom(draft: ProfileDraft): Record<string, unknown> {
  return {
    name: draft.name,
    occupationCode: draft.occupationCode || undefined,
    areaCode: draft.area?.code,
    careerLevel: draft.careerLevel || undefined,
    yearsExperience: numberOrUndefined(draft.yearsExperience),
    currentSalary: draft.currentSalary.trim() === '' ? null : Number(draft.currentSalary),
    currency: draft.currency,
    hoursPerWeek: numberOrUndefined(draft.hoursPerWeek),
    horizonYears: numberOrUndefined(draft.horizonYears),
  };
}

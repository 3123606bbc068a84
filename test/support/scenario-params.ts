import type { InputOf } from '@shared/ipc/types';

/** A valid projection scenario with no events: a mid-level developer in San Francisco-Oakland-Fremont (BLS data), five years. */
export const STAY_PARAMS: InputOf<'career.project'>['params'] = {
  startDate: '2026-01-01',
  horizonYears: 5,
  datasetId: 'bls-oews-2025',
  occupationCode: '15-1252',
  areaCode: '0041860',
  trackId: 'ic',
  levelId: 'mid',
  yearsInLevel: 1,
  currency: 'USD',
  currentSalary: 150000,
  position: 'salary',
  growthRate: 0.03,
  growthSource: 'test',
  skills: 'roadmap',
  events: [],
};

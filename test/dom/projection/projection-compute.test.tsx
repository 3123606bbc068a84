import { describe, expect, it } from 'vitest';
import { DEFAULT_GROWTH, type ProjectionData, type ScenarioParams } from '@shared/domain/projection';
import { withHours, withSliders } from '../../../renderer/src/features/projection/projection-compute';

const params: ScenarioParams = {
  startDate: '2026-01-01',
  horizonYears: 10,
  datasetId: 'bls-oews-2025',
  occupationCode: '15-1252',
  areaCode: '0000000',
  trackId: 'ic',
  levelId: 'junior',
  yearsInLevel: 0,
  currency: 'USD',
  currentSalary: null,
  position: 'market',
  growthRate: DEFAULT_GROWTH.rate,
  growthSource: DEFAULT_GROWTH.source,
  skills: 'roadmap',
  events: [
    { kind: 'job-change', year: 3, raisePercent: 10 },
    { kind: 'relocation', year: 4, areaCode: '0041860' },
  ],
};

const data: ProjectionData = {
  tracks: [],
  bands: [],
  skillsReached: [
    { skillId: 'docker', level: 2, on: '2026-01-01' },
    { skillId: 'docker', level: 3, on: '2026-04-11' },
  ],
};

describe('the sliders’ what-ifs', () => {
  it('growth replaces the rate and says it came from the slider; untouched, the saved source stays', () => {
    expect(withSliders(params, { growthPercent: null, hoursPerWeek: null, raisePercent: null })).toEqual(params);
    const moved = withSliders(params, { growthPercent: 4.5, hoursPerWeek: null, raisePercent: null });
    expect(moved.growthRate).toBe(0.045);
    expect(moved.growthSource).toMatch(/^Set with the growth slider on this screen/);
    expect(moved.growthSource).toContain(DEFAULT_GROWTH.source);
  });

  it('the raise replaces every job change’s and leaves other events alone', () => {
    const moved = withSliders(params, { growthPercent: null, hoursPerWeek: null, raisePercent: 25 });
    expect(moved.events).toEqual([
      { kind: 'job-change', year: 3, raisePercent: 25 },
      { kind: 'relocation', year: 4, areaCode: '0041860' },
    ]);
  });

  it('hours per week scale the roadmap’s dates from today: twice the hours, half the days; today’s levels stay', () => {
    // 100 days away at 5 h a week.
    expect(withHours(data, 5, 10, '2026-01-01').skillsReached).toEqual([
      { skillId: 'docker', level: 2, on: '2026-01-01' },
      { skillId: 'docker', level: 3, on: '2026-02-20' },
    ]);
    expect(withHours(data, 5, 2.5, '2026-01-01').skillsReached[1]?.on).toBe('2026-07-20');
    expect(withHours(data, 5, 0, '2026-01-01').skillsReached).toEqual([{ skillId: 'docker', level: 2, on: '2026-01-01' }]);
    expect(withHours(data, 5, null, '2026-01-01')).toBe(data);
  });
});

// Builders for earnings-projection inputs: terse bands, levels and scenarios for hand-worked
// cases, and the benchmark's five scenarios over 40 years.
import { DEFAULT_GROWTH, type ProjectionBand, type ProjectionInput, type ProjectionLevel, type ProjectionTrack, type ScenarioParams, type SkillReached } from '@shared/domain/projection';

export const band = (
  areaCode: string,
  [p10, p25, p50, p75, p90]: readonly [number, number, number, number, number],
  over: Partial<Pick<ProjectionBand, 'occupationCode' | 'currency' | 'dataYear'>> = {},
): ProjectionBand => {
  const occupationCode = over.occupationCode ?? '15-1252';
  const dataYear = over.dataYear === undefined ? 2025 : over.dataYear;
  return {
    occupationCode,
    areaCode,
    band: { p10, p25, p50, p75, p90 },
    currency: over.currency ?? 'USD',
    dataYear,
    source: {
      datasetId: 'bls-oews-2025',
      datasetName: 'BLS OEWS May 2025',
      year: dataYear,
      occupationCode,
      occupationTitle: occupationCode === '11-3021' ? 'Computer and Information Systems Managers' : 'Software Developers',
      areaCode,
      areaName: `Area ${areaCode}`,
      level: null,
      kind: 'published-row',
      rowId: 1000 + Number(areaCode.replace(/\D/g, '') || 0),
      recordCount: null,
    },
  };
};

export const level = (id: string, bandPercentile: number, typicalYears: number | null, skills: Array<[string, number]> = []): ProjectionLevel => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  typicalYears,
  typicalYearsSource: 'default',
  bandPercentile,
  bandPercentileSource: 'default',
  skills: skills.map(([skillId, minLevel]) => ({ skillId, minLevel })),
});

export const track = (id: string, levels: ProjectionLevel[]): ProjectionTrack => ({ id, name: id, levels });

export const reached = (skillId: string, lvl: number, on: string): SkillReached => ({ skillId, level: lvl, on });

export const scenario = (over: Partial<ScenarioParams> = {}): ScenarioParams => ({
  startDate: '2026-01-01',
  horizonYears: 5,
  datasetId: 'bls-oews-2025',
  occupationCode: '15-1252',
  areaCode: 'SEA',
  trackId: 'ic',
  levelId: 'junior',
  yearsInLevel: 0,
  currency: 'USD',
  currentSalary: null,
  position: 'market',
  growthRate: DEFAULT_GROWTH.rate,
  growthSource: DEFAULT_GROWTH.source,
  skills: 'roadmap',
  events: [],
  ...over,
});

/** The bundled ladder's shape: six IC levels and four manager levels, with expected skills. */
export const ladderTracks = (): ProjectionTrack[] => [
  track('ic', [
    level('entry', 10, 1, [['git', 2]]),
    level('junior', 25, 2, [['git', 3], ['testing', 2]]),
    level('mid', 50, 3, [['service-design', 3], ['docker', 3]]),
    level('senior', 75, 4, [['system-design', 3], ['distributed-systems', 3]]),
    level('staff', 90, 5, [['technical-leadership', 4]]),
    level('principal', 95, null, [['system-design', 5]]),
  ]),
  track('manager', [
    level('manager', 25, 3, [['communication', 4]]),
    level('senior-manager', 50, 4, [['cross-team-collaboration', 4]]),
    level('director', 75, 5, [['communication', 5]]),
    level('vp', 90, null, [['technical-leadership', 5]]),
  ]),
];

/** Five scenarios over 40 years on one profile: the shape of a full comparison recompute (P7). */
export function benchScenarios(): ProjectionInput[] {
  const bands = [
    band('SEA', [99_190, 132_800, 167_280, 211_860, 257_960]),
    band('AUS', [84_000, 110_000, 140_000, 175_000, 215_000]),
    band('SF', [120_000, 155_000, 195_000, 240_000, 280_000]),
    band('SEA', [140_000, 180_000, 230_000, 290_000, 350_000], { occupationCode: '11-3021' }),
    band('AUS', [120_000, 150_000, 190_000, 240_000, 300_000], { occupationCode: '11-3021' }),
  ];
  const skillsReached = [
    reached('git', 3, '2025-01-01'),
    reached('testing', 2, '2025-06-01'),
    reached('service-design', 3, '2026-09-01'),
    reached('docker', 3, '2027-02-01'),
    reached('system-design', 3, '2029-05-01'),
    reached('distributed-systems', 3, '2030-01-01'),
    reached('technical-leadership', 4, '2033-01-01'),
    reached('system-design', 5, '2040-01-01'),
    reached('communication', 5, '2031-01-01'),
    reached('cross-team-collaboration', 4, '2032-01-01'),
  ];
  const base = scenario({ horizonYears: 40, levelId: 'junior', yearsInLevel: 1, currentSalary: 140_000, position: 'salary' });
  const scenarios: ScenarioParams[] = [
    { ...base, skills: 'stay' },
    base,
    { ...base, events: [{ kind: 'relocation', year: 3, areaCode: 'SF' }] },
    { ...base, events: [{ kind: 'occupation-change', year: 8, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' }] },
    { ...base, events: [{ kind: 'job-change', year: 2, raisePercent: 12 }, { kind: 'relocation', year: 5, areaCode: 'AUS' }] },
  ];
  return scenarios.map((s) => ({ scenario: s, tracks: ladderTracks(), bands, skillsReached }));
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ladder } from '@shared/domain/career-ladder';
import { DEFAULT_GROWTH, type Projection, type ProjectionData, type ScenarioParams } from '@shared/domain/projection';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { VALID_PROFILE } from '../../support/temp-core';
import { TODAY, openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
let dockerEnd: string;

// BLS May 2025, 15-1252 in San Francisco-Oakland-Fremont (0041860), as stored.
let sf: { id: number; p25: number; p50: number };

beforeAll(async () => {
  t = await openSkillsCore();
  await t.call('profile.save', VALID_PROFILE);
  // Mid-level expects only docker at 3 here: every other default skill of the level edited to 0.
  const mid = (await t.call<Ladder>('career.ladder')).tracks[0]?.levels.find((l) => l.levelId === 'mid');
  for (const s of mid?.skills ?? []) {
    if (s.skillId !== 'docker') await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'skill', skillId: s.skillId, value: 0 });
  }
  const roadmap = await t.call<RoadmapSummary>('roadmap.create', { name: 'Containers' });
  await t.call('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'docker', targetLevel: 3 });
  const view = await t.call<RoadmapView>('roadmap.get', { id: roadmap.id });
  if (!view.schedule.ok) throw new Error('schedule failed');
  dockerEnd = view.schedule.items[0]?.end ?? '';
  sf = t.core.store.sqlite
    .prepare("SELECT id, p25, p50 FROM salary_bands WHERE occupation_code = '15-1252' AND area_code = '0041860'")
    .get() as typeof sf;
});
afterAll(() => t.dispose());

const params = (over: Partial<ScenarioParams> = {}): ScenarioParams => ({
  startDate: TODAY,
  horizonYears: 3,
  datasetId: 'bls-oews-2025',
  occupationCode: '15-1252',
  areaCode: '0041860',
  trackId: 'ic',
  levelId: 'junior',
  yearsInLevel: 2,
  currency: 'USD',
  currentSalary: null,
  position: 'market',
  growthRate: 0,
  growthSource: DEFAULT_GROWTH.source,
  skills: 'roadmap',
  events: [],
  ...over,
});

describe('career.project: the model on stored data', () => {
  it('follows the active roadmap: docker’s scheduled end lets the promotion to mid happen in year 2', async () => {
    expect(dockerEnd > TODAY && dockerEnd < '2027-03-11').toBe(true);
    const result = await t.call<Projection>('career.project', { params: params() });
    // No growth: year 1 is junior at San Francisco's published 25th percentile; year 2 mid at its median.
    expect(result.years.map((y) => [y.levelId, y.expectedSalary])).toEqual([
      ['junior', sf.p25],
      ['mid', sf.p50],
      ['mid', sf.p50],
    ]);
    expect(result.years[1]?.promotion?.skills).toEqual([{ skillId: 'docker', minLevel: 3, reachedOn: dockerEnd }]);
    expect(result.years[0]?.source).toMatchObject({ kind: 'published-row', rowId: sf.id, datasetId: 'bls-oews-2025' });
    expect(result.years[0]?.inputs.find((i) => i.kind === 'assumption' && i.label === 'Market wage growth')?.source).toBe(DEFAULT_GROWTH.source);
  });

  it('stay the course never reaches docker 3, so never mid', async () => {
    const result = await t.call<Projection>('career.project', { params: params({ skills: 'stay' }) });
    expect(result.years.map((y) => y.levelId)).toEqual(['junior', 'junior', 'junior']);
    expect(result.years[1]?.waitingFor).toEqual([{ skillId: 'docker', minLevel: 3 }]);
  });

  it('projectionData hands the screen the same inputs, and a salary in another currency is refused with the datasets named', async () => {
    const data = await t.call<ProjectionData>('career.projectionData', { params: params() });
    expect(data.bands).toHaveLength(1);
    expect(data.skillsReached).toContainEqual({ skillId: 'docker', level: 3, on: dockerEnd });
    expect(data.tracks.map((tr) => tr.id)).toEqual(['ic', 'manager']);
    const refused = await t.core.router.dispatch('career.project', { params: params({ currency: 'EUR', currentSalary: 90_000, position: 'salary' }) });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/Your salary is in EUR; BLS OEWS May 2025 .* is in USD/) },
    });
  });

  it('the manager track is priced nationally only: a metro is refused with the reason', async () => {
    const refused = await t.core.router.dispatch('career.project', {
      params: params({ events: [{ kind: 'occupation-change', year: 2, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' }] }),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/no figures for occupation 11-3021 in area 0041860/) } });
    const national = await t.call<Projection>('career.project', {
      params: params({
        areaCode: '0000000',
        events: [{ kind: 'occupation-change', year: 2, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' }],
      }),
    });
    // Year 2 as engineering manager at 11-3021's national 25th percentile, 138,060 (the bundled row).
    expect(national.years[1]).toMatchObject({ trackId: 'manager', levelId: 'manager', expectedSalary: 138_060 });
  });
});

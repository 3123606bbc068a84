import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ladder } from '@shared/domain/career-ladder';
import { projectEarnings } from '@shared/domain/projection';
import { ladderTracks, skillsReached } from '@shared/domain/projection-inputs';
import { openSkillsCore } from '../skills/skills-core';
import { band, scenario } from '../../support/projection-input';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeAll(async () => {
  t = await openSkillsCore();
});
afterAll(() => t.dispose());

describe('projection inputs from stored data', () => {
  it('the stored ladder, with an edit, drives the model: the edited position and a removed skill', async () => {
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 60 });
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'skill', skillId: 'mentorship', value: 0 });
    const tracks = ladderTracks(await t.call<Ladder>('career.ladder'));
    const mid = tracks.find((tr) => tr.id === 'ic')?.levels.find((l) => l.id === 'mid');
    expect(mid).toMatchObject({ bandPercentile: 60, bandPercentileSource: 'edited', typicalYears: 3, typicalYearsSource: 'default' });
    expect(mid?.skills.some((s) => s.skillId === 'mentorship')).toBe(false);
    expect(mid?.skills).toContainEqual({ skillId: 'service-design', minLevel: 3 });

    const result = projectEarnings({
      scenario: scenario({ horizonYears: 1, levelId: 'mid', growthRate: 0 }),
      tracks,
      bands: [band('SEA', [100_000, 120_000, 150_000, 180_000, 220_000])],
      skillsReached: [],
    });
    // The 60th percentile: 150,000 + (10/25)·(180,000 − 150,000) = 162,000; named as the user's edit.
    expect(result.years[0]?.expectedSalary).toBeCloseTo(162_000, 6);
    expect(result.years[0]?.inputs.find((i) => i.label === 'Mid-level: band position')?.source).toBe('Career ladder (your edit)');
  });

  it('skill levels reached: today’s, the schedule’s ends, done items today, skipped and undated ones never', () => {
    expect(
      skillsReached(
        [
          { skillId: 'sql', level: 2 },
          { skillId: 'git', level: 0 },
        ],
        [
          { skillId: 'sql', targetLevel: 3, end: '2026-09-01', status: 'planned' },
          { skillId: 'docker', targetLevel: 3, end: null, status: 'planned' },
          { skillId: 'kafka', targetLevel: 2, end: '2027-01-01', status: 'skipped' },
          { skillId: 'redis', targetLevel: 3, end: null, status: 'done' },
          { skillId: 'http', targetLevel: 3, end: '2026-01-01', status: 'planned' },
        ],
        '2026-03-11',
      ),
    ).toEqual([
      { skillId: 'sql', level: 2, on: '2026-03-11' },
      { skillId: 'sql', level: 3, on: '2026-09-01' },
      { skillId: 'redis', level: 3, on: '2026-03-11' },
      { skillId: 'http', level: 3, on: '2026-03-11' },
    ]);
  });
});

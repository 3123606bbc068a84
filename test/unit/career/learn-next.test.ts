import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnedFirstOn, rankLearnNext, rankValue, type LearnCandidate, type LearnNextInput } from '@shared/domain/learn-next';
import { projectEarnings, type SkillReached } from '@shared/domain/projection';
import { bandValues, isoPlusDays, ladder, SKILLS, START } from '../../support/projection-arbitraries';
import { band, level, reached, scenario, track } from '../../support/projection-input';

const candidate = (skillId: string, level: number, targetLevel: number, hoursRemaining: number, over: Partial<LearnCandidate> = {}): LearnCandidate => ({
  skillId,
  skillName: skillId,
  level,
  targetLevel,
  targetFrom: 'ladder',
  hoursRemaining,
  onRoadmap: false,
  ...over,
});

describe('what to learn next: golden case (arithmetic in the comments)', () => {
  // Band SEA (data year 2026, growth 0, so no growth at all): p25 120,000, median 150,000, p75 180,000.
  // Ladder: junior (25th, 1 year) → mid (median, 2 years, expects docker at 3) → senior (75th, expects kubernetes at 2).
  // Start 2026-01-01 as junior with 1 year already in level, 5-year horizon, at market.
  // Baseline ("follow my roadmap"): the roadmap reaches docker 3 on 2029-06-01. Year y starts on 1 January of 2025 + y;
  // the first start on or after 2029-06-01 is year 5 (2030-01-01) → mid in year 5.
  // Baseline earnings: 4 × 120,000 + 150,000 = 630,000.
  const input: LearnNextInput = {
    scenario: scenario({ startDate: '2026-01-01', horizonYears: 5, levelId: 'junior', yearsInLevel: 1, growthRate: 0, position: 'market' }),
    data: {
      tracks: [track('ic', [level('junior', 25, 1), level('mid', 50, 2, [['docker', 3]]), level('senior', 75, null, [['kubernetes', 2]])])],
      bands: [band('SEA', [100_000, 120_000, 150_000, 180_000, 220_000], { dataYear: 2026 })],
      skillsReached: [reached('docker', 3, '2029-06-01')],
    },
    candidates: [
      candidate('kubernetes', 0, 2, 40),
      candidate('sql', 2, 4, 30, { targetFrom: 'your-target' }),
      candidate('docker', 1, 3, 200),
    ],
    hoursPerWeek: 10,
  };

  it('ranks by gain per hour and shows the arithmetic', () => {
    const result = rankLearnNext(input);
    expect(result.baselineEarnings).toBe(630_000);
    // From year 2 the baseline's promotion to mid has its years but waits for docker 3.
    expect(result.waiting).toEqual({ year: 2, levelId: 'mid', levelName: 'Mid', skills: [{ skillId: 'docker', minLevel: 3 }] });
    expect(result.rows.map((r) => r.candidate.skillId)).toEqual(['docker', 'sql', 'kubernetes']);
    const [docker, sql, kubernetes] = result.rows;
    // docker first: 200 h at 10 h a week = 7 × 200 ÷ 10 = 140 days → day 139 from 2026-01-01 = 2026-05-20.
    // Year 2 (2027-01-01): 2 years in junior ≥ 1 and docker 3 reached → mid from year 2 instead of year 5.
    // Year 4: 2 years in mid, but senior waits for kubernetes. Earnings 120,000 + 4 × 150,000 = 720,000.
    // Gain 720,000 − 630,000 = 90,000; per hour 90,000 ÷ 200 = 450.
    expect(docker).toMatchObject({ reachedOn: '2026-05-20', withSkillEarnings: 720_000, gain: 90_000, perHour: 450 });
    expect(docker?.earlier).toEqual([{ levelId: 'mid', levelName: 'Mid', baselineYear: 5, year: 2 }]);
    // kubernetes first: 40 h → 28 days → 2026-01-28; senior still needs 2 years in mid, which comes in year 5: nothing moves.
    expect(kubernetes).toMatchObject({ reachedOn: '2026-01-28', gain: 0, perHour: 0, earlier: [] });
    // sql is no ladder level's skill: nothing moves; it ranks above kubernetes on fewer hours (30 < 40).
    expect(sql).toMatchObject({ reachedOn: '2026-01-21', gain: 0, perHour: 0, earlier: [] });
  });

  it('with no weekly hours nothing is reached, and a skill with no hours left has no per-hour figure', () => {
    const none = rankLearnNext({ ...input, hoursPerWeek: 0 });
    expect(none.rows.every((r) => r.reachedOn === null && r.gain === 0)).toBe(true);
    // docker with 0 hours left counts from the start: mid in year 2 as above, gain 90,000, ranked above any rate.
    const free = rankLearnNext({ ...input, candidates: [candidate('docker', 1, 3, 0), candidate('kubernetes', 0, 2, 1)] });
    expect(free.rows[0]).toMatchObject({ reachedOn: '2026-01-01', gain: 90_000, perHour: null });
    expect(rankValue(free.rows[0] as never)).toBe(Infinity);
  });

  it('a stay-the-course baseline keeps only today’s levels and still counts the learned skill', () => {
    const result = rankLearnNext({ ...input, scenario: { ...input.scenario, skills: 'stay' } });
    // Without the roadmap's docker date mid never comes: 5 × 120,000 = 600,000; docker first brings it to year 2.
    expect(result.baselineEarnings).toBe(600_000);
    expect(result.rows[0]).toMatchObject({ gain: 120_000, earlier: [{ levelId: 'mid', baselineYear: null, year: 2 }] });
  });

  it('learnedFirstOn counts a day as a seventh of the week', () => {
    expect(learnedFirstOn('2026-01-01', 10, 70)).toBe('2026-01-01');
    expect(learnedFirstOn('2026-01-01', 10.5, 70)).toBe('2026-01-02');
    expect(learnedFirstOn('2026-12-31', 7, 7)).toBe('2027-01-06');
  });
});

// ---- properties ----

const reachedList = fc
  .array(fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 5 }), days: fc.integer({ min: -400, max: 11_000 }) }), { maxLength: 10 })
  .map((list): SkillReached[] => list.map((r) => ({ skillId: r.skillId, level: r.level, on: isoPlusDays(r.days) })));

const candidates = fc.uniqueArray(
  fc.record({ skillId: fc.constantFrom(...SKILLS, 'graphql'), level: fc.integer({ min: 0, max: 4 }), up: fc.integer({ min: 1, max: 5 }), hours: fc.integer({ min: 0, max: 600 }) }),
  { maxLength: 6, selector: (c) => c.skillId },
);

const learnInput = fc
  .record({
    track: ladder,
    values: bandValues,
    reached: reachedList,
    candidates,
    horizonYears: fc.integer({ min: 1, max: 40 }),
    levelIndex: fc.nat(),
    yearsInLevel: fc.double({ min: 0, max: 8, noNaN: true }),
    growthRate: fc.double({ min: -0.05, max: 0.12, noNaN: true }),
    hoursPerWeek: fc.integer({ min: 0, max: 30 }),
    skills: fc.constantFrom('stay' as const, 'roadmap' as const),
  })
  .map(
    (p): LearnNextInput => ({
      scenario: scenario({
        startDate: START,
        horizonYears: p.horizonYears,
        levelId: (p.track.levels[p.levelIndex % p.track.levels.length] as { id: string }).id,
        yearsInLevel: p.yearsInLevel,
        growthRate: p.growthRate,
        skills: p.skills,
      }),
      data: { tracks: [p.track], bands: [band('SEA', p.values)], skillsReached: p.reached },
      candidates: p.candidates.map((c) => candidate(c.skillId, c.level, Math.min(5, c.level + c.up), c.hours)),
      hoursPerWeek: p.hoursPerWeek,
    }),
  );

const RUNS = { numRuns: 150 };

describe('what to learn next: properties', () => {
  it('a skill whose reaching moves no promotion gains exactly 0; one that moves some gains more than 0', () => {
    fc.assert(
      fc.property(learnInput, (input) => {
        for (const row of rankLearnNext(input).rows) {
          if (row.earlier.length === 0) expect(row.gain).toBe(0);
          else expect(row.gain).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('ranks by gain per hour, highest first', () => {
    fc.assert(
      fc.property(learnInput, (input) => {
        const rows = rankLearnNext(input).rows;
        for (let i = 1; i < rows.length; i++) expect(rankValue(rows[i - 1] as never)).toBeGreaterThanOrEqual(rankValue(rows[i] as never));
        for (const r of rows) if (r.perHour !== null) expect(r.perHour).toBeCloseTo(r.gain / r.candidate.hoursRemaining, 9);
      }),
      RUNS,
    );
  });

  it('the gain is the model’s own: earnings with the skill learned first minus the baseline', () => {
    fc.assert(
      fc.property(learnInput, (input) => {
        const result = rankLearnNext(input);
        const base = input.scenario.skills === 'stay' ? input.data.skillsReached.filter((r) => r.on <= START) : input.data.skillsReached;
        const run = (list: readonly SkillReached[]) =>
          projectEarnings({ ...input.data, scenario: { ...input.scenario, skills: 'roadmap' }, skillsReached: list }).years.at(-1)?.cumulativeEarnings ?? 0;
        expect(result.baselineEarnings).toBe(run(base));
        for (const r of result.rows) {
          if (r.reachedOn === null) continue;
          expect(r.withSkillEarnings).toBe(run([...base, { skillId: r.candidate.skillId, level: r.candidate.targetLevel, on: r.reachedOn }]));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(learnInput, (input) => {
        expect(rankLearnNext(structuredClone(input))).toEqual(rankLearnNext(input));
      }),
      { numRuns: 60 },
    );
  });
});

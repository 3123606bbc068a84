import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYearsIso, projectEarnings, type ProjectionBand, type ProjectionInput, type ScenarioEvent, type SkillReached } from '@shared/domain/projection';
import { bandValues, isoPlusDays, ladder, SKILLS, START } from '../../support/projection-arbitraries';
import { band, scenario, track } from '../../support/projection-input';

const EPS = 1e-6;

/** Levels reached: some before the start (today's levels), most on a schedule over the next 30 years. */
const reachedList = fc.array(
  fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 5 }), days: fc.integer({ min: -400, max: 11_000 }) }),
  { maxLength: 12 },
);
const toReached = (list: Array<{ skillId: string; level: number; days: number }>): SkillReached[] =>
  list.map((r) => ({ skillId: r.skillId, level: r.level, on: isoPlusDays(r.days) }));

const profile = fc.record({
  horizonYears: fc.integer({ min: 1, max: 40 }),
  levelIndex: fc.nat(),
  yearsInLevel: fc.double({ min: 0, max: 8, noNaN: true }),
  salary: fc.option(fc.integer({ min: 30_000, max: 400_000 }), { nil: null }),
  growthRate: fc.double({ min: -0.05, max: 0.12, noNaN: true }),
  raises: fc.array(fc.record({ year: fc.integer({ min: 1, max: 40 }), raisePercent: fc.integer({ min: -20, max: 40 }) }), { maxLength: 3 }),
});

type Profile = typeof profile extends fc.Arbitrary<infer T> ? T : never;

function inputOf(p: Profile, t: ReturnType<typeof track>, bands: ProjectionBand[], reachedOn: SkillReached[], over: Partial<ReturnType<typeof scenario>> = {}): ProjectionInput {
  const events: ScenarioEvent[] = p.raises.filter((r) => r.year <= p.horizonYears).map((r) => ({ kind: 'job-change', ...r }));
  return {
    scenario: scenario({
      startDate: START,
      horizonYears: p.horizonYears,
      levelId: (t.levels[p.levelIndex % t.levels.length] as { id: string }).id,
      yearsInLevel: p.yearsInLevel,
      currentSalary: p.salary,
      position: p.salary === null ? 'market' : 'salary',
      growthRate: p.growthRate,
      events,
      ...over,
    }),
    tracks: [t],
    bands,
    skillsReached: reachedOn,
  };
}

const RUNS = { numRuns: 200 };

describe('projection properties', () => {
  it('higher growth never lowers any year’s salary', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, reachedList, fc.double({ min: 0.0001, max: 0.1, noNaN: true }), (p, t, values, list, extra) => {
        const bands = [band('SEA', values)];
        const low = projectEarnings(inputOf(p, t, bands, toReached(list)));
        const high = projectEarnings(inputOf({ ...p, growthRate: p.growthRate + extra }, t, bands, toReached(list)));
        high.years.forEach((y, i) => expect(y.expectedSalary).toBeGreaterThanOrEqual((low.years[i]?.expectedSalary ?? 0) * (1 - EPS)));
      }),
      RUNS,
    );
  });

  it('a promotion never comes before the typical years have passed and the next level’s skills are reached', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, reachedList, fc.constantFrom('stay' as const, 'roadmap' as const), (p, t, values, list, skills) => {
        const reachedOn = toReached(list);
        const result = projectEarnings(inputOf(p, t, [band('SEA', values)], reachedOn, { skills }));
        let index = t.levels.findIndex((l) => l.id === result.years[0]?.levelId);
        let enteredAt = -p.yearsInLevel;
        for (const y of result.years) {
          if (!y.promotion) {
            expect(y.levelId).toBe(t.levels[index]?.id);
            continue;
          }
          const from = t.levels[index];
          const to = t.levels[index + 1];
          expect(y.promotion).toMatchObject({ from: from?.id, to: to?.id });
          expect(y.year - 1 - enteredAt).toBeGreaterThanOrEqual((from?.typicalYears ?? Infinity) - 1e-9);
          // Checked against the input, not the model's own record: each skill at its level on or before the day.
          for (const need of to?.skills ?? []) {
            const ok = reachedOn.some(
              (r) => r.skillId === need.skillId && r.level >= need.minLevel && r.on <= y.startsOn && (skills === 'roadmap' || r.on <= START),
            );
            expect(ok, `${need.skillId} ≥ ${need.minLevel} by ${y.startsOn}`).toBe(true);
          }
          index += 1;
          enteredAt = y.year - 1;
        }
      }),
      RUNS,
    );
  });

  it('p10 ≤ p25 ≤ median ≤ p75 ≤ p90 every year, and cumulative earnings add up', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, bandValues, reachedList, fc.integer({ min: 1, max: 40 }), (p, t, a, b, list, moveYear) => {
        const events: ScenarioEvent[] = moveYear <= p.horizonYears ? [{ kind: 'relocation', year: moveYear, areaCode: 'AUS' }] : [];
        const result = projectEarnings(inputOf(p, t, [band('SEA', a), band('AUS', b)], toReached(list), { events }));
        let sum = 0;
        for (const y of result.years) {
          expect(y.band.p10).toBeLessThanOrEqual(y.band.p25);
          expect(y.band.p25).toBeLessThanOrEqual(y.band.p50);
          expect(y.band.p50).toBeLessThanOrEqual(y.band.p75);
          expect(y.band.p75).toBeLessThanOrEqual(y.band.p90);
          sum += y.expectedSalary;
          expect(y.cumulativeEarnings).toBeCloseTo(sum, 6);
        }
        expect(result.years).toHaveLength(p.horizonYears);
      }),
      RUNS,
    );
  });

  it('moving to a higher-paying area raises pay from that year on, and changes nothing before', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, reachedList, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (p, t, values, list, year, uplift) => {
        fc.pre(year <= p.horizonYears);
        // Every percentile of the other area higher by the same factor: the 95th, extrapolated along
        // the 75th→90th line, then rises too (a band higher at each published percentile but flatter
        // at the top could extrapolate lower there).
        const richer = values.map((v) => v * (1 + uplift)) as unknown as [number, number, number, number, number];
        const bands = [band('SEA', values), band('SF', richer)];
        const stay = projectEarnings(inputOf(p, t, bands, toReached(list)));
        const move = projectEarnings(inputOf(p, t, bands, toReached(list), { events: [{ kind: 'relocation', year, areaCode: 'SF' }, ...inputOf(p, t, bands, []).scenario.events] }));
        move.years.forEach((y, i) => {
          const before = stay.years[i]?.expectedSalary ?? 0;
          if (y.year < year) expect(y.expectedSalary).toBeCloseTo(before, 6);
          else expect(y.expectedSalary).toBeGreaterThan(before);
        });
      }),
      RUNS,
    );
  });

  it('“stay the course” never out-earns “follow my roadmap” when the roadmap only adds skills', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, reachedList, (p, t, values, list) => {
        const bands = [band('SEA', values)];
        const reachedOn = toReached(list);
        const stay = projectEarnings(inputOf(p, t, bands, reachedOn, { skills: 'stay' }));
        const follow = projectEarnings(inputOf(p, t, bands, reachedOn, { skills: 'roadmap' }));
        follow.years.forEach((y, i) => {
          const s = stay.years[i];
          expect(t.levels.findIndex((l) => l.id === y.levelId)).toBeGreaterThanOrEqual(t.levels.findIndex((l) => l.id === s?.levelId));
          expect(y.expectedSalary).toBeGreaterThanOrEqual((s?.expectedSalary ?? 0) * (1 - EPS));
          expect(y.cumulativeEarnings).toBeGreaterThanOrEqual((s?.cumulativeEarnings ?? 0) * (1 - EPS));
        });
      }),
      RUNS,
    );
  });

  it('the same input gives the same output, and the input is left as it was', () => {
    fc.assert(
      fc.property(profile, ladder, bandValues, reachedList, (p, t, values, list) => {
        const input = inputOf(p, t, [band('SEA', values)], toReached(list));
        const copy = structuredClone(input);
        const first = projectEarnings(input);
        expect(projectEarnings(input)).toEqual(first);
        expect(projectEarnings(copy)).toEqual(first);
        expect(input).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('year boundaries are anniversaries of the start date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 }), (days, years) => {
        const start = isoPlusDays(days);
        const next = addYearsIso(start, years);
        expect(Number(next.slice(0, 4)) - Number(start.slice(0, 4))).toBe(years);
        expect(next.slice(5) === start.slice(5) || (start.slice(5) === '02-29' && next.slice(5) === '02-28')).toBe(true);
      }),
    );
  });
});

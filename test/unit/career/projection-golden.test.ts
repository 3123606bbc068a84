import { describe, expect, it } from 'vitest';
import { valueAtPercentile } from '@shared/domain/career-ladder';
import { DEFAULT_GROWTH, ScenarioParams, addYearsIso, currencyConflict, projectEarnings } from '@shared/domain/projection';
import { band, level, reached, scenario, track } from '../../support/projection-input';

// A small hand-worked profile. Band SEA (data year 2025): p10 100,000, p25 120,000, median 150,000,
// p75 180,000, p90 220,000. Ladder: junior (25th percentile, 2 years) → mid (median, 2 years,
// expects sql at 3) → senior (75th percentile, top; expects system-design at 3).
const SEA = band('SEA', [100_000, 120_000, 150_000, 180_000, 220_000]);
const IC = track('ic', [level('junior', 25, 2), level('mid', 50, 2, [['sql', 3]]), level('senior', 75, null, [['system-design', 3]])]);

describe('projection golden values (arithmetic in the comments)', () => {
  it('salary position, growth from the data year, promotions waiting on typical years and skills', () => {
    const result = projectEarnings({
      scenario: scenario({
        startDate: '2026-01-01',
        horizonYears: 5,
        levelId: 'junior',
        yearsInLevel: 1,
        currentSalary: 132_600,
        position: 'salary',
        growthRate: 0.02,
      }),
      tracks: [IC],
      bands: [SEA],
      skillsReached: [reached('sql', 3, '2026-06-01'), reached('system-design', 3, '2029-03-01')],
    });
    const y = result.years;
    // Year 1 = 2026: 2025 data grown 1 year, × 1.02. Junior's anchor p25 = 120,000 × 1.02 = 122,400.
    // Position: 132,600 ÷ 122,400 = 13/12; year 1's salary is the current salary.
    expect(result.positionRatio).toBeCloseTo(13 / 12, 12);
    expect(y[0]).toMatchObject({ levelId: 'junior', calendarYear: 2026, promotion: null });
    expect(y[0]?.expectedSalary).toBeCloseTo(132_600, 6);
    expect(y[0]?.band.p25).toBeCloseTo(122_400, 6);
    // Year 2 starts 2027-01-01: 1 year before the start + 1 = 2 years in junior ≥ 2, and sql reached
    // level 3 on 2026-06-01 → mid. Median 150,000 × 1.02² = 156,060; × 13/12 = 169,065.
    expect(y[1]).toMatchObject({ levelId: 'mid', startsOn: '2027-01-01', promotion: { from: 'junior', to: 'mid', yearsInLevel: 2 } });
    expect(y[1]?.promotion?.skills).toEqual([{ skillId: 'sql', minLevel: 3, reachedOn: '2026-06-01' }]);
    expect(y[1]?.expectedSalary).toBeCloseTo(169_065, 6);
    // Year 3: 1 year in mid < 2. 150,000 × 1.02³ = 159,181.2; × 13/12 = 172,446.3.
    expect(y[2]).toMatchObject({ levelId: 'mid', promotion: null, waitingFor: [] });
    expect(y[2]?.expectedSalary).toBeCloseTo(172_446.3, 6);
    // Year 4 starts 2029-01-01: 2 years in mid, but system-design reaches 3 only on 2029-03-01: still mid.
    // 150,000 × 1.02⁴ = 162,364.824; × 13/12 = 175,895.226.
    expect(y[3]).toMatchObject({ levelId: 'mid', promotion: null, waitingFor: [{ skillId: 'system-design', minLevel: 3 }] });
    expect(y[3]?.expectedSalary).toBeCloseTo(175_895.226, 6);
    // Year 5 starts 2030-01-01: the skill is reached → senior at p75: 180,000 × 1.02⁵ = 198,734.544576;
    // × 13/12 = 215,295.756624.
    expect(y[4]).toMatchObject({ levelId: 'senior', promotion: { from: 'mid', to: 'senior', yearsInLevel: 3 } });
    expect(y[4]?.expectedSalary).toBeCloseTo(215_295.756624, 6);
    // Cumulative: 132,600 + 169,065 + 172,446.3 + 175,895.226 + 215,295.756624 = 865,302.282624.
    expect(y[4]?.cumulativeEarnings).toBeCloseTo(865_302.282624, 5);
  });

  it('stay the course: today’s levels only, so the planned sql never promotes', () => {
    const result = projectEarnings({
      scenario: scenario({ horizonYears: 3, levelId: 'junior', yearsInLevel: 1, position: 'market', growthRate: 0, skills: 'stay' }),
      tracks: [IC],
      bands: [SEA],
      skillsReached: [reached('sql', 3, '2026-06-01')],
    });
    // Market position, no growth, with 2025 data: junior's p25 = 120,000 every year.
    expect(result.years.map((y) => [y.levelId, y.expectedSalary])).toEqual([
      ['junior', 120_000],
      ['junior', 120_000],
      ['junior', 120_000],
    ]);
    expect(result.years[1]?.waitingFor).toEqual([{ skillId: 'sql', minLevel: 3 }]);
  });

  it('relocation, a job change and an extrapolated principal level, at market with no growth', () => {
    const ladder = track('ic', [level('staff', 90, 1), level('principal', 95, null)]);
    const result = projectEarnings({
      scenario: scenario({
        startDate: '2026-03-15',
        horizonYears: 3,
        areaCode: 'AUS',
        levelId: 'staff',
        growthRate: 0,
        events: [
          { kind: 'relocation', year: 2, areaCode: 'SF' },
          { kind: 'job-change', year: 3, raisePercent: 10 },
        ],
      }),
      tracks: [ladder],
      // Data of 2026 and a start in 2026: no growth exponent in year 1 either way.
      bands: [band('AUS', [80_000, 100_000, 130_000, 200_000, 260_000], { dataYear: 2026 }), band('SF', [100_000, 140_000, 190_000, 240_000, 300_000], { dataYear: 2026 })],
      skillsReached: [],
    });
    const y = result.years;
    // Year 1 in AUS as staff (p90): 260,000.
    expect(y[0]).toMatchObject({ levelId: 'staff', areaCode: 'AUS', expectedSalary: 260_000, extrapolated: false });
    // Year 2 (2027-03-15): 1 year in staff ≥ 1, principal expects nothing → principal, now in SF.
    // 95th percentile, past the published 90th along the 75th→90th line: 300,000 + (5/15)·(300,000 − 240,000) = 320,000.
    expect(y[1]).toMatchObject({ levelId: 'principal', areaCode: 'SF', startsOn: '2027-03-15', extrapolated: true });
    expect(y[1]?.expectedSalary).toBeCloseTo(320_000, 6);
    // Year 3: the job change's 10 % raise: 320,000 × 1.1 = 352,000. Cumulative 260,000 + 320,000 + 352,000 = 932,000.
    expect(y[2]?.expectedSalary).toBeCloseTo(352_000, 6);
    expect(y[2]?.cumulativeEarnings).toBeCloseTo(932_000, 6);
    // Every year names its dataset row, the growth assumption with its source, the ladder value and the events so far.
    const kinds = y[2]?.inputs.map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['dataset-row', 'assumption', 'ladder-value', 'event']));
    expect(y[2]?.inputs.find((i) => i.kind === 'dataset-row')?.source).toMatch(/BLS OEWS May 2025.*Area SF, row 1000/);
    expect(y[2]?.inputs.filter((i) => i.kind === 'event').map((i) => i.label)).toEqual(['Relocation in year 2', 'Job change in year 3']);
    expect(y[1]?.inputs.find((i) => i.label.includes('band position'))?.value).toMatch(/95th percentile \(extrapolated/);
  });

  it('an occupation change onto the manager track prices the new level from the other occupation', () => {
    const manager = track('manager', [level('manager', 25, 3), level('director', 75, null)]);
    const result = projectEarnings({
      scenario: scenario({
        horizonYears: 2,
        levelId: 'mid',
        growthRate: 0,
        position: 'salary',
        currentSalary: 165_000,
        events: [{ kind: 'occupation-change', year: 2, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' }],
      }),
      tracks: [IC, manager],
      bands: [SEA, band('SEA', [110_000, 140_000, 175_000, 220_000, 300_000], { occupationCode: '11-3021' })],
      skillsReached: [],
    });
    // Year 1: mid's median 150,000; position 165,000 ÷ 150,000 = 1.1. Year 2: manager at 11-3021's p25
    // 140,000 × 1.1 = 154,000 (the position in the band carries over).
    expect(result.years.map((y) => [y.trackId, y.levelId, y.occupationCode])).toEqual([
      ['ic', 'mid', '15-1252'],
      ['manager', 'manager', '11-3021'],
    ]);
    expect(result.years[1]?.expectedSalary).toBeCloseTo(154_000, 6);
  });

  it('events apply by year whatever order they were entered in: a later move follows an earlier occupation change', () => {
    const manager = track('manager', [level('manager', 25, 3), level('director', 75, null)]);
    const managerBand = (area: string) => band(area, [110_000, 140_000, 175_000, 220_000, 300_000], { occupationCode: '11-3021' });
    const events = [
      { kind: 'relocation' as const, year: 3, areaCode: 'BER' },
      { kind: 'occupation-change' as const, year: 2, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' },
    ];
    // There is no 15-1252 band in BER: walking the events as entered (the move first) would ask for one.
    const run = (list: typeof events) =>
      projectEarnings({
        scenario: scenario({ horizonYears: 3, levelId: 'mid', growthRate: 0, events: list }),
        tracks: [IC, manager],
        bands: [SEA, managerBand('SEA'), managerBand('BER')],
        skillsReached: [],
      });
    const entered = run(events);
    expect(entered.years.map((y) => [y.occupationCode, y.areaCode])).toEqual([
      ['15-1252', 'SEA'],
      ['11-3021', 'SEA'],
      ['11-3021', 'BER'],
    ]);
    expect(entered).toEqual(run([...events].reverse()));
  });

  it('refuses a scenario that would mix currencies, naming which is in which', () => {
    const eur = band('BER', [50_000, 60_000, 70_000, 85_000, 100_000], { currency: 'EUR' });
    expect(() =>
      projectEarnings({
        scenario: scenario({ events: [{ kind: 'relocation', year: 2, areaCode: 'BER' }] }),
        tracks: [IC],
        bands: [SEA, eur],
        skillsReached: [],
      }),
    ).toThrow('A projection uses one currency, and this one would mix them: Your salary is in USD; BLS OEWS May 2025 (Area SEA) is in USD; BLS OEWS May 2025 (Area BER) is in EUR.');
    expect(currencyConflict([{ label: 'A', currency: 'USD' }, { label: 'A', currency: 'USD' }])).toBeNull();
  });

  it('helpers: the default growth and its source, anniversaries, percentiles between and beyond the published ones', () => {
    // 135,980 ÷ 133,080 − 1 = 0.021791…, shown as 2.18 %.
    expect(DEFAULT_GROWTH.rate).toBeCloseTo(135_980 / 133_080 - 1, 4);
    expect(DEFAULT_GROWTH.source).toMatch(/\$133,080 \(May 2024\) → \$135,980 \(May 2025\)/);
    expect(addYearsIso('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYearsIso('2028-02-29', 4)).toBe('2032-02-29');
    const b = { p10: 100, p25: 130, p50: 150, p75: 180, p90: 240 };
    expect(valueAtPercentile(b, 50)).toBe(150);
    // Between the 25th and the median: 130 + (40 − 25)/(50 − 25) · (150 − 130) = 142.
    expect(valueAtPercentile(b, 40)).toBeCloseTo(142, 10);
    // Below the 10th along the 10th→25th line: 100 + (5 − 10)/15 · 30 = 90.
    expect(valueAtPercentile(b, 5)).toBeCloseTo(90, 10);
    expect(valueAtPercentile(b, 1)).toBeCloseTo(82, 10);
  });

  it('scenario parameters are checked with zod (saved as JSON later)', () => {
    const ok = ScenarioParams.safeParse(scenario({ horizonYears: 5, events: [{ kind: 'job-change', year: 3, raisePercent: 8 }] }));
    expect(ok.success).toBe(true);
    const late = ScenarioParams.safeParse(scenario({ horizonYears: 5, events: [{ kind: 'job-change', year: 6, raisePercent: 8 }] }));
    expect(late.error?.issues.map((i) => i.message)).toEqual(['Every event must fall within the horizon']);
    expect(ScenarioParams.safeParse({ ...scenario(), horizonYears: 41 }).success).toBe(false);
    const halfMove = ScenarioParams.safeParse(scenario({ events: [{ kind: 'occupation-change', year: 2, occupationCode: '11-3021', trackId: 'manager' }] }));
    expect(halfMove.error?.issues.map((i) => i.message)).toEqual(['An occupation change names both a track and a level, or neither']);
    expect(ScenarioParams.safeParse(JSON.parse(JSON.stringify(scenario()))).success).toBe(true);
  });
});

import { isExtrapolated, ordinal, valueAtPercentile } from './career-ladder';
import type { ExplanationInput, Projection, ProjectionBand, ProjectionInput, ProjectionLevel, ProjectionTrack, ProjectionYearResult, Promotion, SkillReached } from './projection-types';

export * from './projection-types';

/*
 * Projected earnings: one pure function, `projectEarnings`, from a scenario and the data it
 * needs (the ladder's values, the pay bands, when each skill level is reached) to one record per
 * year of the horizon. No I/O: core looks the inputs up, the screen draws the output, and the
 * same input always gives the same output.
 *
 * The model, year by year (year 1 starts on the scenario's start date; year y starts y − 1
 * years later, on the same day of the month):
 * - Events dated year y (occupation change, relocation, job change) apply from the start of y.
 * - Promotion: from year 2 on, at the start of year y the next level of the track is reached
 *   when the years spent in the current level (counting the years already spent before the
 *   start) are at least the ladder's typical years AND every skill the next level expects is at
 *   its minimum level on that day (already reached, or reached on the roadmap's schedule by
 *   then). At most one step per year. An occupation change that names a level moves there and
 *   restarts the count.
 * - Band: the published band of the occupation and area in force, grown by market growth from
 *   its data year to the year's calendar year: band × (1 + g)^max(0, calendar year − data year)
 *   (a band without a year is grown from year 1).
 * - Anchor: the pay at the level's band position (valueAtPercentile: straight lines between the
 *   published percentiles, extrapolated and flagged outside 10th–90th).
 * - Position: ratio = current salary ÷ year 1's anchor for the starting level (1 for "market"),
 *   kept through promotions, moves and occupation changes.
 * - Expected salary = anchor × ratio × (1 + raise) for every job change so far.
 * - Cumulative earnings: the sum of the expected salaries of years 1…y.
 */

/**
 * The default market growth: BLS OEWS national median annual wage of 15-1252 Software
 * Developers, $133,080 in May 2024 and $135,980 in May 2025: 135,980 ÷ 133,080 − 1 = 2.179 %,
 * shown as 2.18 %.
 */
export const DEFAULT_GROWTH = {
  rate: 0.0218,
  source:
    'BLS OEWS national median annual wage, 15-1252 Software Developers: $133,080 (May 2024) → $135,980 (May 2025), +2.18 % a year',
} as const;

/** A projection that cannot be made (missing band, unknown level, mixed currencies), with a message for the user. */
export class ProjectionError extends Error {
  override name = 'ProjectionError';
}

/**
 * null when every item is in one currency; otherwise a sentence naming which dataset is in which
 * currency. A projection is made in one currency only.
 */
export function currencyConflict(items: ReadonlyArray<{ label: string; currency: string }>): string | null {
  const currencies = new Set(items.map((i) => i.currency));
  if (currencies.size <= 1) return null;
  const parts = [...new Map(items.map((i) => [`${i.label}\u0000${i.currency}`, i])).values()].map((i) => `${i.label} is in ${i.currency}`);
  return `A projection uses one currency, and this one would mix them: ${parts.join('; ')}.`;
}

/** The same day `years` later (29 February becomes 28 February in a common year), as yyyy-MM-dd. */
export function addYearsIso(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

const bandKey = (occupationCode: string, areaCode: string) => `${occupationCode}\u0000${areaCode}`;
const pct = (rate: number) => `${(rate * 100).toFixed(2)} %`;
const round2 = (x: number) => Math.round(x * 100) / 100;

function describeBand(b: ProjectionBand): string {
  const s = b.source;
  const row = s.kind === 'published-row' ? `row ${s.rowId ?? '?'}` : `${s.recordCount ?? 0} imported records`;
  return `${s.datasetName}${s.year === null ? '' : ` (${s.year})`}: ${s.occupationCode} ${s.occupationTitle}, ${s.areaName}${s.level ? `, level ${s.level}` : ''}, ${row}`;
}

/** The expected salary, level and band for every year of the scenario's horizon. */
/**
 * A scenario's events as the years apply them: by year, and in the order entered within a year.
 * Whoever walks the events to find the bands a scenario passes through must walk them this way,
 * or a relocation entered before an earlier occupation change misses the pair in between.
 */
export function eventsInOrder<E extends { year: number }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => a.year - b.year);
}

export function projectEarnings(input: ProjectionInput): Projection {
  const { scenario, tracks, bands } = input;
  const bandMap = new Map(bands.map((b) => [bandKey(b.occupationCode, b.areaCode), b]));
  const trackMap = new Map(tracks.map((t) => [t.id, t]));

  const findBand = (occupationCode: string, areaCode: string): ProjectionBand => {
    const band = bandMap.get(bandKey(occupationCode, areaCode));
    if (!band) throw new ProjectionError(`No pay band for occupation ${occupationCode} in area ${areaCode} in this dataset.`);
    return band;
  };
  const findLevel = (trackId: string, levelId: string): { track: ProjectionTrack; index: number } => {
    const track = trackMap.get(trackId);
    const index = track ? track.levels.findIndex((l) => l.id === levelId) : -1;
    if (!track || index < 0) throw new ProjectionError(`The career ladder has no level "${levelId}" on track "${trackId}".`);
    return { track, index };
  };

  // Every band the scenario will use, checked up front: one currency, the scenario's.
  let occupation = scenario.occupationCode;
  let area = scenario.areaCode;
  const used = [findBand(occupation, area)];
  for (const e of eventsInOrder(scenario.events)) {
    if (e.kind === 'relocation') area = e.areaCode;
    if (e.kind === 'occupation-change') occupation = e.occupationCode;
    if (e.kind !== 'job-change') used.push(findBand(occupation, area));
    if (e.kind === 'occupation-change' && e.trackId !== undefined) findLevel(e.trackId, e.levelId ?? '');
  }
  const conflict = currencyConflict([
    { label: 'Your salary', currency: scenario.currency },
    ...used.map((b) => ({ label: `${b.source.datasetName} (${b.source.areaName})`, currency: b.currency })),
  ]);
  if (conflict) throw new ProjectionError(conflict);

  // When each skill reaches each level, earliest first; stay-the-course keeps only today's levels.
  const reached = new Map<string, SkillReached[]>();
  for (const r of input.skillsReached) {
    if (scenario.skills === 'stay' && r.on > scenario.startDate) continue;
    const list = reached.get(r.skillId) ?? [];
    list.push(r);
    reached.set(r.skillId, list);
  }
  for (const list of reached.values()) list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  /** The first day the skill is at `minLevel` or above, if that is on or before `by`. */
  const reachedOn = (skillId: string, minLevel: number, by: string): string | null => {
    if (minLevel <= 0) return scenario.startDate;
    for (const r of reached.get(skillId) ?? []) {
      if (r.on > by) return null;
      if (r.level >= minLevel) return r.on < scenario.startDate ? scenario.startDate : r.on;
    }
    return null;
  };

  const g = scenario.growthRate;
  const startYear = Number(scenario.startDate.slice(0, 4));
  const grownBand = (b: ProjectionBand, calendarYear: number) => {
    const exponent = b.dataYear === null ? calendarYear - startYear : Math.max(0, calendarYear - b.dataYear);
    const factor = (1 + g) ** exponent;
    return {
      exponent,
      factor,
      band: { p10: b.band.p10 * factor, p25: b.band.p25 * factor, p50: b.band.p50 * factor, p75: b.band.p75 * factor, p90: b.band.p90 * factor },
    };
  };

  let { track, index } = findLevel(scenario.trackId, scenario.levelId);
  const startLevel = track.levels[index] as ProjectionLevel;
  const firstBand = findBand(scenario.occupationCode, scenario.areaCode);
  const firstAnchor = valueAtPercentile(grownBand(firstBand, startYear).band, startLevel.bandPercentile);
  const useSalary = scenario.position === 'salary' && scenario.currentSalary !== null && firstAnchor > 0;
  const ratio = useSalary ? (scenario.currentSalary as number) / firstAnchor : 1;
  const positionInput: ExplanationInput = useSalary
    ? {
        kind: 'profile',
        label: 'Your position in the band',
        value: `${round2(ratio)} × the level's pay`,
        source: `Your salary ${round2(scenario.currentSalary as number)} ${scenario.currency} ÷ ${startLevel.name}'s pay in year 1 (${round2(firstAnchor)})`,
      }
    : { kind: 'assumption', label: 'Your position in the band', value: 'at market (1 × the level\'s pay)', source: 'Market position chosen' };
  const growthInput: ExplanationInput = { kind: 'assumption', label: 'Market wage growth', value: pct(g), source: scenario.growthSource };

  occupation = scenario.occupationCode;
  area = scenario.areaCode;
  let enteredAt = -scenario.yearsInLevel;
  let raise = 1;
  const applied: ExplanationInput[] = [];
  let cumulative = 0;
  const years: ProjectionYearResult[] = [];

  for (let y = 1; y <= scenario.horizonYears; y++) {
    const t = y - 1;
    const startsOn = addYearsIso(scenario.startDate, t);
    let movedLevel = false;
    for (const e of scenario.events) {
      if (e.year !== y) continue;
      if (e.kind === 'job-change') {
        raise *= 1 + e.raisePercent / 100;
        applied.push({ kind: 'event', label: `Job change in year ${y}`, value: `${e.raisePercent} % raise`, source: 'Scenario event' });
      } else if (e.kind === 'relocation') {
        area = e.areaCode;
        applied.push({ kind: 'event', label: `Relocation in year ${y}`, value: findBand(occupation, area).source.areaName, source: 'Scenario event' });
      } else {
        occupation = e.occupationCode;
        if (e.trackId !== undefined) {
          ({ track, index } = findLevel(e.trackId, e.levelId ?? ''));
          enteredAt = t;
          movedLevel = true;
        }
        const to = findBand(occupation, area).source.occupationTitle;
        applied.push({
          kind: 'event',
          label: `Occupation change in year ${y}`,
          value: e.trackId === undefined ? `${e.occupationCode} ${to}` : `${e.occupationCode} ${to}, as ${(track.levels[index] as ProjectionLevel).name}`,
          source: 'Scenario event',
        });
      }
    }

    let promotion: Promotion | null = null;
    let waitingFor: Array<{ skillId: string; minLevel: number }> = [];
    const current = track.levels[index] as ProjectionLevel;
    const next = track.levels[index + 1];
    const inLevel = t - enteredAt;
    if (t >= 1 && !movedLevel && next && current.typicalYears !== null && inLevel >= current.typicalYears - 1e-9) {
      const dates = next.skills.map((s) => ({ ...s, reachedOn: reachedOn(s.skillId, s.minLevel, startsOn) }));
      waitingFor = dates.filter((d) => d.reachedOn === null).map(({ skillId, minLevel }) => ({ skillId, minLevel }));
      if (waitingFor.length === 0) {
        promotion = {
          from: current.id,
          to: next.id,
          yearsInLevel: inLevel,
          skills: dates.map((d) => ({ skillId: d.skillId, minLevel: d.minLevel, reachedOn: d.reachedOn as string })),
        };
        index += 1;
        enteredAt = t;
      }
    }

    const level = track.levels[index] as ProjectionLevel;
    const base = findBand(occupation, area);
    const calendarYear = startYear + t;
    const grown = grownBand(base, calendarYear);
    const anchor = valueAtPercentile(grown.band, level.bandPercentile);
    const expectedSalary = anchor * ratio * raise;
    cumulative += expectedSalary;

    const inputs: ExplanationInput[] = [
      { kind: 'dataset-row', label: 'Pay band', value: `median ${round2(base.band.p50)} ${base.currency}`, source: describeBand(base) },
      { ...growthInput, value: `${pct(g)} a year, × ${grown.factor.toFixed(4)} over ${grown.exponent} year${grown.exponent === 1 ? '' : 's'}` },
      {
        kind: 'ladder-value',
        label: `${level.name}: band position`,
        value: `${ordinal(level.bandPercentile)} percentile${isExtrapolated(level.bandPercentile) ? ' (extrapolated beyond the published percentiles)' : ''}`,
        source: level.bandPercentileSource === 'edited' ? 'Career ladder (your edit)' : 'Career ladder (default)',
      },
      positionInput,
      ...applied,
    ];
    if (promotion || waitingFor.length > 0) {
      inputs.push({
        kind: 'ladder-value',
        label: `${current.name}: typical years before the next level`,
        value: String(current.typicalYears),
        source: current.typicalYearsSource === 'edited' ? 'Career ladder (your edit)' : 'Career ladder (default)',
      });
    }
    if (promotion) {
      for (const s of promotion.skills) {
        inputs.push({ kind: 'ladder-value', label: `${level.name} expects ${s.skillId} at level ${s.minLevel}`, value: `reached ${s.reachedOn}`, source: scenario.skills === 'roadmap' ? 'Your levels and the roadmap schedule' : 'Your levels today' });
      }
    }

    years.push({
      year: y,
      calendarYear,
      startsOn,
      trackId: track.id,
      levelId: level.id,
      levelName: level.name,
      extrapolated: isExtrapolated(level.bandPercentile),
      promotion,
      waitingFor,
      occupationCode: occupation,
      areaCode: area,
      band: grown.band,
      expectedSalary,
      cumulativeEarnings: cumulative,
      currency: scenario.currency,
      source: base.source,
      inputs,
    });
  }
  return { currency: scenario.currency, positionRatio: ratio, years };
}

import { z } from 'zod';
import { projectEarnings, ProjectionData, ScenarioParams, type Projection, type SkillReached } from './projection';
import { dayNumber, isoOfDay } from './roadmap-calendar';
import { MAX_LEVEL } from './skills';

/*
 * What to learn next: the skills not yet at their target, ranked by projected earnings gained per
 * hour of study. Pure; the earnings come from projectEarnings, never from a model of its own.
 *
 * For each candidate skill:
 * - hours: the study left to its target level (the roadmap's estimate: hours-to-proficient scaled
 *   per level, minus the hours already logged);
 * - learned first: studied before anything else at the weekly hours, a day giving a seventh of
 *   them, it is reached on day ⌈7 × hours ÷ weekly hours⌉ − 1 counted from the start (day 0), or
 *   the start itself when no hours are left; the rest of the plan keeps its dates;
 * - gain: cumulative earnings over the horizon with that one level reached that day, minus the
 *   baseline's (the scenario as given: normally "follow my roadmap"). Only promotions move pay,
 *   so a skill that changes no promotion gains exactly 0;
 * - per hour: gain ÷ hours (none when no hours are left);
 * - earlier: each promotion that comes sooner, with the year it came in the baseline (or none
 *   within the horizon) and the year it comes now.
 * Ranked by gain per hour (no hours left with a gain first), then gain, then fewer hours, then id.
 */

export const LearnCandidate = z.object({
  skillId: z.string(),
  skillName: z.string(),
  /** Today's level. */
  level: z.number().int().min(0).max(MAX_LEVEL),
  /** The level to reach: the next one the ladder expects above today's, or the user's own target. */
  targetLevel: z.number().int().min(1).max(MAX_LEVEL),
  /** Why this target: a ladder level expects it, or it is the user's target. */
  targetFrom: z.enum(['ladder', 'your-target']),
  hoursRemaining: z.number().min(0),
  /** The active roadmap already plans the skill to at least the target level. */
  onRoadmap: z.boolean(),
});
export type LearnCandidate = z.infer<typeof LearnCandidate>;

export interface LearnNextInput {
  /** The baseline; its skill dates are the plan the gain is measured against. */
  scenario: ScenarioParams;
  data: ProjectionData;
  candidates: readonly LearnCandidate[];
  hoursPerWeek: number;
}

export interface EarlierPromotion {
  levelId: string;
  levelName: string;
  /** The projection year the promotion comes in the baseline; null: not within the horizon. */
  baselineYear: number | null;
  year: number;
}

export interface LearnNextRow {
  candidate: LearnCandidate;
  /** The day the target level is reached when learned first; null when no hours are planned. */
  reachedOn: string | null;
  baselineEarnings: number;
  withSkillEarnings: number;
  gain: number;
  /** gain ÷ hours; null when no hours are left. */
  perHour: number | null;
  earlier: EarlierPromotion[];
}

export interface LearnNextResult {
  currency: string;
  horizonYears: number;
  baselineEarnings: number;
  /** The baseline's first promotion held up by skills: from which year, to which level, and the skills it waits for. */
  waiting: { year: number; levelId: string; levelName: string; skills: Array<{ skillId: string; minLevel: number }> } | null;
  rows: LearnNextRow[];
}

/** The value rows are ranked by: gain per hour, a gain with no hours left above any. */
export const rankValue = (row: Pick<LearnNextRow, 'perHour' | 'gain'>): number => row.perHour ?? (row.gain > 0 ? Infinity : 0);

/** The day a skill is reached when its hours are studied first, from `start` at `hoursPerWeek`. */
export function learnedFirstOn(start: string, hours: number, hoursPerWeek: number): string | null {
  if (hours <= 0) return start;
  if (hoursPerWeek <= 0) return null;
  const days = Math.ceil((7 * hours) / hoursPerWeek - 1e-9);
  return isoOfDay(dayNumber(start) + Math.max(0, days - 1));
}

const total = (p: Projection) => p.years.at(-1)?.cumulativeEarnings ?? 0;

/** The year each level is reached by promotion (the first time). */
function promotionYears(p: Projection): Map<string, { year: number; name: string }> {
  const out = new Map<string, { year: number; name: string }>();
  for (const y of p.years) if (y.promotion && !out.has(y.promotion.to)) out.set(y.promotion.to, { year: y.year, name: y.levelName });
  return out;
}

/** Why single skills may move nothing: the next promotion waits for several at once. */
function waitingOf(p: Projection, data: ProjectionData): LearnNextResult['waiting'] {
  const held = p.years.find((y) => y.waitingFor.length > 0);
  if (!held) return null;
  const levels = data.tracks.find((t) => t.id === held.trackId)?.levels ?? [];
  const next = levels[levels.findIndex((l) => l.id === held.levelId) + 1];
  return next ? { year: held.year, levelId: next.id, levelName: next.name, skills: held.waitingFor } : null;
}

export function rankLearnNext(input: LearnNextInput): LearnNextResult {
  const start = input.scenario.startDate;
  // "Stay the course" keeps only today's levels; the learned skill must still count, so both runs follow dated levels.
  const scenario: ScenarioParams = { ...input.scenario, skills: 'roadmap' };
  const baseReached: SkillReached[] =
    input.scenario.skills === 'stay' ? input.data.skillsReached.filter((r) => r.on <= start) : [...input.data.skillsReached];
  const run = (skillsReached: SkillReached[]) => projectEarnings({ scenario, tracks: input.data.tracks, bands: input.data.bands, skillsReached });

  const baseline = run(baseReached);
  const baselineEarnings = total(baseline);
  const basePromotions = promotionYears(baseline);

  const rows = input.candidates.map((candidate): LearnNextRow => {
    const reachedOn = learnedFirstOn(start, candidate.hoursRemaining, input.hoursPerWeek);
    const perHourOf = (gain: number) => (candidate.hoursRemaining > 0 ? gain / candidate.hoursRemaining : null);
    if (reachedOn === null) return { candidate, reachedOn, baselineEarnings, withSkillEarnings: baselineEarnings, gain: 0, perHour: perHourOf(0), earlier: [] };
    const projection = run([...baseReached, { skillId: candidate.skillId, level: candidate.targetLevel, on: reachedOn }]);
    const earlier: EarlierPromotion[] = [];
    for (const [levelId, { year, name }] of promotionYears(projection)) {
      const before = basePromotions.get(levelId);
      if (!before || year < before.year) earlier.push({ levelId, levelName: name, baselineYear: before?.year ?? null, year });
    }
    // Pay follows the level held: with no promotion moved the two runs add the same figures and the gain is exactly 0.
    const withSkillEarnings = total(projection);
    const gain = withSkillEarnings - baselineEarnings;
    return { candidate, reachedOn, baselineEarnings, withSkillEarnings, gain, perHour: perHourOf(gain), earlier };
  });

  rows.sort(
    (a, b) =>
      rankValue(b) - rankValue(a) ||
      b.gain - a.gain ||
      a.candidate.hoursRemaining - b.candidate.hoursRemaining ||
      (a.candidate.skillId < b.candidate.skillId ? -1 : a.candidate.skillId > b.candidate.skillId ? 1 : 0),
  );
  return { currency: baseline.currency, horizonYears: scenario.horizonYears, baselineEarnings, waiting: waitingOf(baseline, input.data), rows };
}

// ---- what core looks up for the ranking ----

export const LearnNextData = z.discriminatedUnion('ready', [
  /** Nothing to rank against: no profile, or no pay band for it (the reason says which). */
  z.object({ ready: z.literal(false), reason: z.string() }),
  z.object({
    ready: z.literal(true),
    /** The baseline: "follow my roadmap" from the profile. */
    scenario: ScenarioParams,
    data: ProjectionData,
    candidates: z.array(LearnCandidate),
    hoursPerWeek: z.number().min(0),
    hoursPerWeekFrom: z.enum(['roadmap', 'profile']),
    activeRoadmap: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  }),
]);
export type LearnNextData = z.infer<typeof LearnNextData>;

import { z } from 'zod';
import { BAND_KEYS, BAND_PERCENTILES, type Band, type BandKey } from './percentiles';
import { MAX_LEVEL, SkillId } from './skills';

/*
 * The career ladder: tracks (individual contributor, engineering manager), their levels in order,
 * and per level how long people usually stay, where the level sits in the occupation's pay band
 * and which catalog skills it expects. Defaults ship in resources/data/career-ladder.json with a
 * reason for every value; the user's edits are stored apart as overrides, so a newer default
 * never replaces an edit and each value can be reset on its own.
 */

const slug = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${field} must be a lowercase slug (letters, digits and dashes)`)
    .max(60, `${field} must be at most 60 characters`);

export const TrackId = slug('Track id');
export const LadderLevelId = slug('Level id');

/** Years at a level before the next one is usual; null on a track's top level. */
export const TypicalYears = z
  .number({ error: 'Typical years must be a number' })
  .min(0.5, 'Typical years must be at least 0.5')
  .max(20, 'Typical years must be at most 20');

/**
 * A level's place in the pay band as a percentile. BLS publishes the 10th to the 90th; outside
 * them the figure is extrapolated (and marked so), and no further than 1 or 99.
 */
export const BandPercentile = z
  .number({ error: 'Band position must be a number' })
  .min(1, 'Band position must be at least the 1st percentile')
  .max(99, 'Band position must be at most the 99th percentile');

export const MinSkillLevel = z
  .number({ error: 'Skill level must be a number from 0 to 5' })
  .int('Skill level must be a whole number from 0 to 5')
  .min(0, 'Skill level must be at least 0')
  .max(MAX_LEVEL, `Skill level must be at most ${MAX_LEVEL}`);

const why = z.string().trim().min(1, 'Every default needs its reason').max(400);

export const LadderFileSkill = z.object({ skillId: SkillId, minLevel: MinSkillLevel.min(1), why });
export const LadderFileLevel = z.object({
  id: LadderLevelId,
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().min(1).max(300),
  typicalYears: TypicalYears.nullable(),
  typicalYearsWhy: why,
  bandPercentile: BandPercentile,
  bandPercentileWhy: why,
  skills: z.array(LadderFileSkill).max(40),
});
export type LadderFileLevel = z.infer<typeof LadderFileLevel>;
export const LadderFileTrack = z.object({
  id: TrackId,
  name: z.string().trim().min(1).max(80),
  /** The BLS occupation (SOC code) this track is priced from. */
  occupationCode: z.string().regex(/^\d{2}-\d{4}$/, 'Occupation must be a SOC code such as 15-1252'),
  description: z.string().trim().min(1).max(300),
  levels: z.array(LadderFileLevel).min(1).max(12),
});
export type LadderFileTrack = z.infer<typeof LadderFileTrack>;
export const LadderFile = z.object({ version: z.number().int().positive(), tracks: z.array(LadderFileTrack).min(1) });
export type LadderFile = z.infer<typeof LadderFile>;

/** A percentile BLS does not publish: the value at it is extrapolated from the nearest two it does. */
export const isExtrapolated = (percentile: number): boolean => percentile < 10 || percentile > 90;

/**
 * What is wrong with a ladder file beyond its shape, as sentences: unknown skills, duplicate ids,
 * band positions that go down a track, a top level with a next-level duration or another level
 * without one. The app refuses to load a file with any.
 */
export function ladderProblems(file: Pick<LadderFile, 'tracks'>, skillIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const trackIds = new Set<string>();
  for (const track of file.tracks) {
    if (trackIds.has(track.id)) problems.push(`track "${track.id}" appears twice`);
    trackIds.add(track.id);
    const levelIds = new Set<string>();
    track.levels.forEach((level, i) => {
      const where = `track "${track.id}", level "${level.id}"`;
      if (levelIds.has(level.id)) problems.push(`${where} appears twice`);
      levelIds.add(level.id);
      const last = i === track.levels.length - 1;
      if (last && level.typicalYears !== null) problems.push(`${where} is the top of its track and cannot have typical years before a next level`);
      if (!last && level.typicalYears === null) problems.push(`${where} needs typical years before the next level`);
      const previous = track.levels[i - 1];
      if (previous && level.bandPercentile < previous.bandPercentile) {
        problems.push(`${where} sits lower in the band (${level.bandPercentile}) than the level before it (${previous.bandPercentile})`);
      }
      const skills = new Set<string>();
      for (const skill of level.skills) {
        if (!skillIds.has(skill.skillId)) problems.push(`${where} expects unknown skill "${skill.skillId}"`);
        if (skills.has(skill.skillId)) problems.push(`${where} lists skill "${skill.skillId}" twice`);
        skills.add(skill.skillId);
      }
    });
  }
  return problems;
}

export type PublishedBand = Band;

/**
 * The pay at any percentile of a band: a straight line between the two published percentiles
 * around it; below the 10th or above the 90th, the line through the nearest two (10th–25th or
 * 75th–90th) carried on, never below 0.
 */
export function valueAtPercentile(band: PublishedBand, percentile: number): number {
  const points = BAND_KEYS.map((k) => [BAND_PERCENTILES[k] * 100, band[k]] as const);
  let i = points.findIndex(([p]) => percentile <= p);
  if (i === 0) i = 1;
  if (i < 0) i = points.length - 1;
  const [p0, v0] = points[i - 1] as readonly [number, number];
  const [p1, v1] = points[i] as readonly [number, number];
  if (p0 === percentile) return v0;
  return Math.max(0, v0 + ((percentile - p0) / (p1 - p0)) * (v1 - v0));
}

/** 95 → "95th", 1 → "1st", 12 → "12th": how a band position is written. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The published percentile a position falls on exactly, if any (for labels). */
export function publishedKey(percentile: number): BandKey | null {
  return BAND_KEYS.find((k) => BAND_PERCENTILES[k] * 100 === percentile) ?? null;
}

// ---- the ladder as the app shows it: defaults, overrides and reasons ----

export const LadderValueSource = z.enum(['default', 'edited']);

const value = <T extends z.ZodType>(schema: T) =>
  z.object({
    value: schema,
    /** The bundled default; null on a skill the user added that the default does not expect. */
    default: schema.nullable(),
    source: LadderValueSource,
    why: z.string(),
  });

export const LadderSkillValue = z.object({
  skillId: z.string(),
  skillName: z.string(),
  minLevel: value(MinSkillLevel),
});
export type LadderSkillValue = z.infer<typeof LadderSkillValue>;

export const LadderLevel = z.object({
  trackId: z.string(),
  levelId: z.string(),
  name: z.string(),
  description: z.string(),
  typicalYears: value(TypicalYears.nullable()),
  bandPercentile: value(BandPercentile),
  /** The band position lies outside the published 10th–90th percentiles. */
  extrapolated: z.boolean(),
  /** Skills the level expects (minimum level above 0), defaults and the user's own. */
  skills: z.array(LadderSkillValue),
});
export type LadderLevel = z.infer<typeof LadderLevel>;

export const LadderTrack = z.object({
  id: z.string(),
  name: z.string(),
  occupationCode: z.string(),
  description: z.string(),
  levels: z.array(LadderLevel),
});
export type LadderTrack = z.infer<typeof LadderTrack>;

export const Ladder = z.object({ version: z.number().int(), tracks: z.array(LadderTrack) });
export type Ladder = z.infer<typeof Ladder>;

const target = { trackId: TrackId, levelId: LadderLevelId };

/** One value to edit: a level's typical years, its band position, or one skill's minimum level (0: not expected). */
export const SetLadderValueInput = z.discriminatedUnion('field', [
  z.object({ ...target, field: z.literal('typicalYears'), value: TypicalYears }),
  z.object({ ...target, field: z.literal('bandPercentile'), value: BandPercentile }),
  z.object({ ...target, field: z.literal('skill'), skillId: SkillId, value: MinSkillLevel }),
]);
export type SetLadderValueInput = z.input<typeof SetLadderValueInput>;

export const ResetLadderValueInput = z.discriminatedUnion('field', [
  z.object({ ...target, field: z.literal('typicalYears') }),
  z.object({ ...target, field: z.literal('bandPercentile') }),
  z.object({ ...target, field: z.literal('skill'), skillId: SkillId }),
]);
export type ResetLadderValueInput = z.input<typeof ResetLadderValueInput>;

/** How an override is keyed in storage: one row per level and value. */
export const overrideKey = (input: { field: 'typicalYears' | 'bandPercentile' | 'skill'; skillId?: string }): string =>
  input.field === 'skill' ? `skill:${input.skillId ?? ''}` : input.field;

/** Where each level of a track sits in the band, as the salary explorer's level view needs it. */
export interface LevelPosition {
  levelId: string;
  name: string;
  percentile: number;
  extrapolated: boolean;
}

export const levelPositions = (track: Pick<LadderTrack, 'levels'>): LevelPosition[] =>
  track.levels.map((l) => ({ levelId: l.levelId, name: l.name, percentile: l.bandPercentile.value, extrapolated: l.extrapolated }));

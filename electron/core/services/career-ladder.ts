import { and, asc, eq } from 'drizzle-orm';
import {
  isExtrapolated,
  ordinal,
  overrideKey,
  type Ladder,
  type LadderLevel,
  type LadderSkillValue,
  type ResetLadderValueInput,
  type SetLadderValueInput,
} from '@shared/domain/career-ladder';
import { AppError } from '@shared/ipc/result';
import { catalogLadderLevels, catalogLadderSkills, catalogLadderTracks, catalogMeta, ladderOverrides } from '../db/schema';
import type { Db } from '../db/store';
import { CAREER_LADDER } from '../seed/career-ladder';
import { requireSkill, skillNameMap } from './skills';

const SKILL_PREFIX = 'skill:';
const USER_SKILL_WHY = 'Added by you; the default ladder does not expect this skill.';

type OverrideMap = Map<string, number>;
const key = (trackId: string, levelId: string, field: string) => `${trackId}\u0000${levelId}\u0000${field}`;

function overridesOf(db: Db): { map: OverrideMap; skillsByLevel: Map<string, string[]> } {
  const map: OverrideMap = new Map();
  const skillsByLevel = new Map<string, string[]>();
  for (const o of db.select().from(ladderOverrides).orderBy(asc(ladderOverrides.updatedAt)).all()) {
    map.set(key(o.trackId, o.levelId, o.field), o.value);
    if (o.field.startsWith(SKILL_PREFIX)) {
      const level = `${o.trackId}\u0000${o.levelId}`;
      skillsByLevel.set(level, [...(skillsByLevel.get(level) ?? []), o.field.slice(SKILL_PREFIX.length)]);
    }
  }
  return { map, skillsByLevel };
}

/**
 * The ladder as the app uses it: every bundled value with the user's edit (if any) in its place,
 * the default beside it and why the default was chosen. Overrides for levels the bundled ladder
 * no longer has are kept in storage but not shown.
 */
export function getLadder(db: Db): Ladder {
  const version = db.select({ version: catalogMeta.version }).from(catalogMeta).where(eq(catalogMeta.id, CAREER_LADDER.id)).get()?.version ?? 0;
  const names = skillNameMap(db);
  const { map, skillsByLevel } = overridesOf(db);
  const levels = db.select().from(catalogLadderLevels).orderBy(asc(catalogLadderLevels.trackId), asc(catalogLadderLevels.position)).all();
  const skills = db.select().from(catalogLadderSkills).orderBy(asc(catalogLadderSkills.position)).all();
  const tracks = db.select().from(catalogLadderTracks).orderBy(asc(catalogLadderTracks.position)).all();

  const toLevel = (level: (typeof levels)[number]): LadderLevel => {
    const edited = (field: string) => map.get(key(level.trackId, level.levelId, field));
    const years = edited('typicalYears');
    const percentile = edited('bandPercentile') ?? level.bandPercentile;
    const defaults = skills.filter((s) => s.trackId === level.trackId && s.levelId === level.levelId);
    const defaultIds = new Set(defaults.map((s) => s.skillId));
    const skillValues: LadderSkillValue[] = defaults.map((s) => {
      const own = edited(`${SKILL_PREFIX}${s.skillId}`);
      return {
        skillId: s.skillId,
        skillName: names.get(s.skillId) ?? s.skillId,
        minLevel: { value: own ?? s.minLevel, default: s.minLevel, source: own === undefined ? 'default' : 'edited', why: s.why },
      };
    });
    for (const skillId of skillsByLevel.get(`${level.trackId}\u0000${level.levelId}`) ?? []) {
      if (defaultIds.has(skillId)) continue;
      skillValues.push({
        skillId,
        skillName: names.get(skillId) ?? skillId,
        minLevel: { value: edited(`${SKILL_PREFIX}${skillId}`) ?? 0, default: null, source: 'edited', why: USER_SKILL_WHY },
      });
    }
    return {
      trackId: level.trackId,
      levelId: level.levelId,
      name: level.name,
      description: level.description,
      // The top level has no next one: an edit cannot give it a duration (setLadderValue refuses).
      typicalYears: {
        value: level.typicalYears === null ? null : (years ?? level.typicalYears),
        default: level.typicalYears,
        source: years === undefined || level.typicalYears === null ? 'default' : 'edited',
        why: level.typicalYearsWhy,
      },
      bandPercentile: {
        value: percentile,
        default: level.bandPercentile,
        source: edited('bandPercentile') === undefined ? 'default' : 'edited',
        why: level.bandPercentileWhy,
      },
      extrapolated: isExtrapolated(percentile),
      skills: skillValues,
    };
  };

  return {
    version,
    tracks: tracks.map((t) => ({
      id: t.id,
      name: t.name,
      occupationCode: t.occupationCode,
      description: t.description,
      levels: levels.filter((l) => l.trackId === t.id).map(toLevel),
    })),
  };
}

function requireLevel(ladder: Ladder, trackId: string, levelId: string): { level: LadderLevel; index: number; levels: LadderLevel[] } {
  const track = ladder.tracks.find((t) => t.id === trackId);
  if (!track) throw new AppError('NOT_FOUND', `Unknown career track "${trackId}"`, [{ path: ['trackId'], message: `Unknown career track "${trackId}"` }]);
  const index = track.levels.findIndex((l) => l.levelId === levelId);
  const level = track.levels[index];
  if (!level) {
    const message = `The ${track.name} track has no level "${levelId}"`;
    throw new AppError('NOT_FOUND', message, [{ path: ['levelId'], message }]);
  }
  return { level, index, levels: track.levels };
}

/** The edited value is what is wrong: the field the form shows it in. */
function refuse(message: string): never {
  throw new AppError('VALIDATION', message, [{ path: ['value'], message }]);
}

/** Stores one edited value. The band positions of a track must not go down from one level to the next. */
export function setLadderValue(db: Db, input: SetLadderValueInput, now: Date): Ladder {
  const ladder = getLadder(db);
  const { level, index, levels } = requireLevel(ladder, input.trackId, input.levelId);
  if (input.field === 'typicalYears' && level.typicalYears.default === null) {
    refuse(`${level.name} is the top of its track: there is no next level to wait for.`);
  }
  if (input.field === 'bandPercentile') {
    const below = levels[index - 1];
    const above = levels[index + 1];
    if (below && input.value < below.bandPercentile.value) {
      refuse(`${level.name} cannot sit lower in the band than ${below.name} (${ordinal(below.bandPercentile.value)} percentile).`);
    }
    if (above && input.value > above.bandPercentile.value) {
      refuse(`${level.name} cannot sit higher in the band than ${above.name} (${ordinal(above.bandPercentile.value)} percentile).`);
    }
  }
  const field = overrideKey(input);
  if (input.field === 'skill') {
    requireSkill(db, input.skillId);
    // Level 0 for a skill the default does not expect is no expectation at all: nothing to keep.
    if (input.value === 0 && !level.skills.some((s) => s.skillId === input.skillId && s.minLevel.default !== null)) {
      db.delete(ladderOverrides)
        .where(and(eq(ladderOverrides.trackId, input.trackId), eq(ladderOverrides.levelId, input.levelId), eq(ladderOverrides.field, field)))
        .run();
      return getLadder(db);
    }
  }
  const row = { trackId: input.trackId, levelId: input.levelId, field, value: input.value, updatedAt: now.toISOString() };
  db.insert(ladderOverrides)
    .values(row)
    .onConflictDoUpdate({ target: [ladderOverrides.trackId, ladderOverrides.levelId, ladderOverrides.field], set: { value: row.value, updatedAt: row.updatedAt } })
    .run();
  return getLadder(db);
}

/** Back to the bundled default for one value (a skill the user added leaves the level). */
export function resetLadderValue(db: Db, input: ResetLadderValueInput): Ladder {
  const { level, index, levels } = requireLevel(getLadder(db), input.trackId, input.levelId);
  if (input.field === 'bandPercentile') {
    // Resetting may break the order with a neighbour the user edited: refuse and say which.
    const below = levels[index - 1];
    const above = levels[index + 1];
    const value = level.bandPercentile.default ?? level.bandPercentile.value;
    if ((below && value < below.bandPercentile.value) || (above && value > above.bandPercentile.value)) {
      const other = below && value < below.bandPercentile.value ? below : (above as LadderLevel);
      refuse(`The default (${ordinal(value)} percentile) would put ${level.name} out of order with your edited ${other.name}; reset that one first.`);
    }
  }
  db.delete(ladderOverrides)
    .where(
      and(
        eq(ladderOverrides.trackId, input.trackId),
        eq(ladderOverrides.levelId, input.levelId),
        eq(ladderOverrides.field, overrideKey(input)),
      ),
    )
    .run();
  return getLadder(db);
}

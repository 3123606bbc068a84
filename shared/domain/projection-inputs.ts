import type { Ladder } from './career-ladder';
import type { ProjectionTrack, SkillReached } from './projection';

/*
 * Adapters from what the app stores to what projectEarnings reads: the ladder with the user's
 * edits, and the dates skill levels are reached (today's levels, then the roadmap's schedule).
 */

/** The ladder's values in force (edits in place of defaults); a skill edited to level 0 is not expected. */
export function ladderTracks(ladder: Ladder): ProjectionTrack[] {
  return ladder.tracks.map((t) => ({
    id: t.id,
    name: t.name,
    levels: t.levels.map((l) => ({
      id: l.levelId,
      name: l.name,
      typicalYears: l.typicalYears.value,
      typicalYearsSource: l.typicalYears.source,
      bandPercentile: l.bandPercentile.value,
      bandPercentileSource: l.bandPercentile.source,
      skills: l.skills.filter((s) => s.minLevel.value > 0).map((s) => ({ skillId: s.skillId, minLevel: s.minLevel.value })),
    })),
  }));
}

export interface CurrentSkillLevel {
  skillId: string;
  level: number;
}

export interface ScheduledLevel {
  skillId: string;
  targetLevel: number;
  /** The day the roadmap's schedule finishes the item; null when it has no date (no hours planned). */
  end: string | null;
  status: 'planned' | 'done' | 'skipped';
}

/**
 * When each skill level is reached: today's levels dated `today`, and each planned roadmap item's
 * target level on the day its schedule ends. Skipped items and undated ones reach nothing; a done
 * item counts from today (its level is already in the current levels once logged).
 */
export function skillsReached(current: readonly CurrentSkillLevel[], scheduled: readonly ScheduledLevel[], today: string): SkillReached[] {
  const out: SkillReached[] = current.filter((c) => c.level > 0).map((c) => ({ skillId: c.skillId, level: c.level, on: today }));
  for (const item of scheduled) {
    if (item.status === 'skipped' || item.targetLevel < 1) continue;
    if (item.status === 'done') out.push({ skillId: item.skillId, level: item.targetLevel, on: today });
    else if (item.end !== null) out.push({ skillId: item.skillId, level: item.targetLevel, on: item.end < today ? today : item.end });
  }
  return out;
}

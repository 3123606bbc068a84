import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LadderFile, ladderProblems } from '@shared/domain/career-ladder';
import type { Sqlite } from '../db/open';
import { CatalogError } from './skill-catalog';
import { headVersion } from './head-version';

/** The bundled career ladder: its own catalog_meta entry, versioned like the skill catalog. */
export const CAREER_LADDER = { id: 'career-ladder', file: 'career-ladder.json' } as const;

export interface LadderSeedReport {
  loaded: boolean;
  version: number;
}

/** Reads and checks the ladder file against the skill catalog; any problem names the file and what is wrong. */
export function readCareerLadder(dataDir: string, skillIds: ReadonlySet<string>): LadderFile {
  const file = path.join(dataDir, CAREER_LADDER.file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(`${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = LadderFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CatalogError(`${file} is not a valid career ladder: ${first.join('; ')}`);
  }
  const problems = ladderProblems(parsed.data, skillIds);
  if (problems.length > 0) throw new CatalogError(`${file} is not a valid career ladder: ${problems.join('; ')}`);
  return parsed.data;
}

/**
 * Replaces the bundled ladder in one transaction when the shipped version differs from the stored
 * one. Runs after the skill catalog is seeded, so the expected skills are checked against it. The
 * user's overrides live in their own table and are never touched: an edited value stays edited,
 * the others follow the new defaults.
 */
export function seedCareerLadder(sqlite: Sqlite, dataDir: string, now = new Date()): LadderSeedReport {
  const stored = sqlite.prepare('SELECT version FROM catalog_meta WHERE id = ?').get(CAREER_LADDER.id) as { version: number } | undefined;
  const version = headVersion(path.join(dataDir, CAREER_LADDER.file));
  if (stored?.version === version) return { loaded: false, version };

  const skillIds = new Set((sqlite.prepare('SELECT id FROM catalog_skills').all() as { id: string }[]).map((r) => r.id));
  const file = readCareerLadder(dataDir, skillIds);
  const insertTrack = sqlite.prepare('INSERT INTO catalog_ladder_tracks (id, name, occupation_code, description, position) VALUES (?, ?, ?, ?, ?)');
  const insertLevel = sqlite.prepare(
    `INSERT INTO catalog_ladder_levels (track_id, level_id, position, name, description, typical_years, typical_years_why, band_percentile, band_percentile_why)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSkill = sqlite.prepare(
    'INSERT INTO catalog_ladder_skills (track_id, level_id, skill_id, min_level, why, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const upsertMeta = sqlite.prepare(
    `INSERT INTO catalog_meta (id, version, loaded_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at`,
  );
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM catalog_ladder_skills; DELETE FROM catalog_ladder_levels; DELETE FROM catalog_ladder_tracks;');
    file.tracks.forEach((track, t) => {
      insertTrack.run(track.id, track.name, track.occupationCode, track.description, t);
      track.levels.forEach((level, l) => {
        insertLevel.run(
          track.id,
          level.id,
          l,
          level.name,
          level.description,
          level.typicalYears,
          level.typicalYearsWhy,
          level.bandPercentile,
          level.bandPercentileWhy,
        );
        level.skills.forEach((skill, s) => insertSkill.run(track.id, level.id, skill.skillId, skill.minLevel, skill.why, s));
      });
    });
    upsertMeta.run(CAREER_LADDER.id, file.version, now.toISOString());
  })();
  return { loaded: true, version: file.version };
}

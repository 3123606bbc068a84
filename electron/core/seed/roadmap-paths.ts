import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PathsFile, pathProblems } from '@shared/domain/roadmap';
import type { SkillEdge } from '@shared/domain/skills';
import type { Sqlite } from '../db/open';
import { CatalogError } from './skill-catalog';
import { headVersion } from './head-version';

/** The bundled learning paths: their own catalog_meta entry, versioned like the skill catalog. */
export const ROADMAP_PATHS = { id: 'roadmap-paths', file: 'roadmap-paths.json' } as const;

export interface PathsSeedReport {
  loaded: boolean;
  version: number;
}

/** Reads and checks the paths file against the skill catalog; any problem names the file and what is wrong. */
export function readRoadmapPaths(dataDir: string, skillIds: ReadonlySet<string>, edges: readonly SkillEdge[]): PathsFile {
  const file = path.join(dataDir, ROADMAP_PATHS.file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(`${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = PathsFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CatalogError(`${file} is not a valid paths file: ${first.join('; ')}`);
  }
  const problems = pathProblems(parsed.data, skillIds, edges);
  if (problems.length > 0) throw new CatalogError(`${file} is not a valid paths file: ${problems.join('; ')}`);
  return parsed.data;
}

/**
 * Replaces the bundled paths in one transaction when the shipped version differs from the stored
 * one. Runs after the skill catalog is seeded, so paths are checked against the skills it holds.
 * Roadmaps copied from a path are the user's and are never touched.
 */
export function seedRoadmapPaths(sqlite: Sqlite, dataDir: string, now = new Date()): PathsSeedReport {
  const stored = sqlite.prepare('SELECT version FROM catalog_meta WHERE id = ?').get(ROADMAP_PATHS.id) as { version: number } | undefined;
  const version = headVersion(path.join(dataDir, ROADMAP_PATHS.file));
  if (stored?.version === version) return { loaded: false, version };

  const skillIds = new Set((sqlite.prepare('SELECT id FROM catalog_skills').all() as { id: string }[]).map((r) => r.id));
  const edges = sqlite.prepare('SELECT from_id AS "from", to_id AS "to", kind FROM catalog_edges').all() as SkillEdge[];
  const file = readRoadmapPaths(dataDir, skillIds, edges);
  const insertPath = sqlite.prepare('INSERT INTO catalog_roadmap_paths (id, name, description, position) VALUES (?, ?, ?, ?)');
  const insertItem = sqlite.prepare('INSERT INTO catalog_roadmap_path_items (path_id, position, skill_id, target_level) VALUES (?, ?, ?, ?)');
  const upsertMeta = sqlite.prepare(
    `INSERT INTO catalog_meta (id, version, loaded_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at`,
  );
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM catalog_roadmap_path_items; DELETE FROM catalog_roadmap_paths;');
    file.paths.forEach((p, position) => {
      insertPath.run(p.id, p.name, p.description, position);
      p.items.forEach((item, i) => insertItem.run(p.id, i, item.skillId, item.targetLevel));
    });
    upsertMeta.run(ROADMAP_PATHS.id, file.version, now.toISOString());
  })();
  return { loaded: true, version: file.version };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogFile, validateCatalog } from '@shared/domain/skills';
import type { Sqlite } from '../db/open';
import { drizzleOf } from '../db/drizzle';
import { disableBrokenCustomEdges } from '../services/custom-edges';
import { headVersion } from './head-version';

/** The bundled skill catalog: its own manifest entry, separate from the salary datasets. */
export const SKILL_CATALOG = { id: 'skills', file: 'skills.json' } as const;

export interface CatalogSeedReport {
  loaded: boolean;
  version: number;
  /** The user's edges this version turned off (a prerequisite cycle with the new catalog, or a skill it dropped). */
  disabledEdges: number;
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Reads and checks the catalog file; any problem names the file and what is wrong. */
export function readCatalog(dataDir: string): CatalogFile {
  const file = path.join(dataDir, SKILL_CATALOG.file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(`${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = CatalogFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CatalogError(`${file} is not a valid skill catalog: ${first.join('; ')}`);
  }
  const problems = validateCatalog(parsed.data);
  if (problems.length > 0) throw new CatalogError(`${file} is not a valid skill catalog: ${problems.join('; ')}`);
  return parsed.data;
}

/**
 * Replaces the catalog tables in one transaction when the shipped version differs from the
 * stored one. User tables (progress, log, custom skills and edges, estimates, resources, notes)
 * are never touched, so an app update cannot reset anyone's progress. The user's edges are then
 * checked against the new catalog in the same transaction; any that now close a prerequisite
 * cycle or point at a dropped skill are turned off with the reason, never deleted.
 */
export function seedSkillCatalog(sqlite: Sqlite, dataDir: string, now = new Date()): CatalogSeedReport {
  const stored = sqlite.prepare('SELECT version FROM catalog_meta WHERE id = ?').get(SKILL_CATALOG.id) as
    | { version: number }
    | undefined;
  const version = headVersion(path.join(dataDir, SKILL_CATALOG.file));
  if (stored?.version === version) return { loaded: false, version, disabledEdges: 0 };

  const catalog = readCatalog(dataDir);
  const insertSkill = sqlite.prepare(
    'INSERT INTO catalog_skills (id, name, category, description, estimated_hours, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertResource = sqlite.prepare('INSERT INTO catalog_resources (skill_id, title, url) VALUES (?, ?, ?)');
  const insertEdge = sqlite.prepare('INSERT INTO catalog_edges (from_id, to_id, kind) VALUES (?, ?, ?)');
  const upsertMeta = sqlite.prepare(
    `INSERT INTO catalog_meta (id, version, loaded_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at`,
  );
  const disabledEdges = sqlite.transaction(() => {
    sqlite.exec('DELETE FROM catalog_resources; DELETE FROM catalog_edges; DELETE FROM catalog_skills;');
    catalog.skills.forEach((skill, position) => {
      insertSkill.run(skill.id, skill.name, skill.category, skill.description, skill.estimatedHours, position);
      for (const resource of skill.resources) insertResource.run(skill.id, resource.title, resource.url);
    });
    for (const edge of catalog.edges) insertEdge.run(edge.from, edge.to, edge.kind);
    upsertMeta.run(SKILL_CATALOG.id, catalog.version, now.toISOString());
    return disableBrokenCustomEdges(drizzleOf(sqlite), `when catalog version ${catalog.version} was loaded`);
  })();
  return { loaded: true, version: catalog.version, disabledEdges };
}

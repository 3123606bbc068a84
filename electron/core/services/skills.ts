import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  CUSTOM_SKILL_PREFIX,
  EdgeInput,
  describeCycle,
  findPrerequisiteCycle,
  prerequisiteMet,
  CustomSkillInput,
  type EdgeKind,
  type LinkedSkill,
  type Resource,
  type SkillCategory,
  type SkillEdge,
  type SkillStatus,
  type SkillSummary,
} from '@shared/domain/skills';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../db/store';
import { disableBrokenCustomEdges } from './custom-edges';
import { allEvents, minutesBySkill, type EventRow } from './progress-log';
import { inTransaction } from './transaction';

interface SkillRow {
  id: string;
  name: string;
  category: SkillCategory;
  description: string;
  catalogHours: number;
  editedHours: number | null;
  custom: number;
  deletedAt: string | null;
  level: number | null;
  targetLevel: number | null;
  status: SkillStatus | null;
}

/** A skill as the services see it: what the app shows, plus when a custom skill was deleted. */
export type SkillRecord = SkillSummary & { deletedAt: string | null };

/** Catalog and custom skills (deleted ones too) in one list, joined with the user's estimate, progress and logged minutes. */
function skillRows(db: Db, id?: string): SkillRow[] {
  return db.all<SkillRow>(sql`
    SELECT s.id, s.name, s.category, s.description, s.hours AS catalogHours, e.estimated_hours AS editedHours,
      s.custom, s.deleted_at AS deletedAt, p.level, p.target_level AS targetLevel, p.status
    FROM (
      SELECT id, name, category, description, estimated_hours AS hours, 0 AS custom, NULL AS deleted_at, position FROM catalog_skills
      UNION ALL
      SELECT id, name, category, description, estimated_hours, 1, deleted_at, 1000000 FROM custom_skills
    ) s
    LEFT JOIN skill_estimates e ON e.skill_id = s.id
    LEFT JOIN skill_progress p ON p.skill_id = s.id
    ${id === undefined ? sql`` : sql`WHERE s.id = ${id}`}
    ORDER BY s.position, s.name`);
}

function toRecord(row: SkillRow, minutes: ReadonlyMap<string, number>): SkillRecord {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    description: row.description,
    estimatedHours: row.editedHours ?? row.catalogHours,
    estimateEdited: row.editedHours !== null,
    custom: row.custom === 1,
    level: row.level ?? 0,
    targetLevel: row.targetLevel ?? 0,
    status: row.status ?? 'pending',
    minutesLogged: minutes.get(row.id) ?? 0,
    deletedAt: row.deletedAt,
  };
}

const toSummary = ({ deletedAt: _deleted, ...summary }: SkillRecord): SkillSummary => summary;

/** Every skill, deleted custom skills included, for what must still name them (the log, goals). */
export function skillRecords(db: Db, events: readonly EventRow[] = allEvents(db)): SkillRecord[] {
  const minutes = minutesBySkill(events);
  return skillRows(db).map((row) => toRecord(row, minutes));
}

/** The skills lists and pickers offer: deleted custom skills are left out. */
export function listSkills(db: Db, records: readonly SkillRecord[] = skillRecords(db)): SkillSummary[] {
  return records
    .filter((s) => s.deletedAt === null)
    .map(toSummary);
}

export function findSkill(db: Db, id: string): SkillRecord | undefined {
  const row = skillRows(db, id)[0];
  return row ? toRecord(row, minutesBySkill(allEvents(db, id))) : undefined;
}

/**
 * The skill an input names, or a NOT_FOUND error that points at the field. A deleted custom
 * skill counts as gone unless the caller only reads it (its page, its history).
 */
export function requireSkill(db: Db, id: string, field = 'skillId', options: { allowDeleted?: boolean } = {}): SkillRecord {
  const skill = findSkill(db, id);
  if (!skill || (skill.deletedAt !== null && !options.allowDeleted)) {
    const message = skill ? `The skill “${skill.name}” was deleted` : `Unknown skill "${id}"`;
    throw new AppError('NOT_FOUND', message, [{ path: [field], message }]);
  }
  return skill;
}

/**
 * The edges that count: the catalog's, and the user's that are enabled, not already in the
 * catalog, and between skills that are not deleted.
 */
export function allEdges(db: Db): Array<SkillEdge & { custom: boolean }> {
  return db
    .all<{ from: string; to: string; kind: EdgeKind; custom: number }>(sql`
      SELECT from_id AS "from", to_id AS "to", kind, 0 AS custom FROM catalog_edges
      UNION ALL
      SELECT c.from_id, c.to_id, c.kind, 1 FROM custom_edges c
      WHERE c.disabled_reason IS NULL
        AND NOT EXISTS (SELECT 1 FROM catalog_edges k WHERE k.from_id = c.from_id AND k.to_id = c.to_id AND k.kind = c.kind)
        AND NOT EXISTS (SELECT 1 FROM custom_skills s WHERE s.deleted_at IS NOT NULL AND s.id IN (c.from_id, c.to_id))`)
    .map((e) => ({ ...e, custom: e.custom === 1 }));
}

export function linkedSkills(db: Db, id: string, skills: ReadonlyMap<string, SkillSummary>) {
  const link = (otherId: string, edge: SkillEdge & { custom: boolean }): LinkedSkill[] => {
    const other = skills.get(otherId);
    const { custom, ...plain } = edge;
    return other ? [{ id: other.id, name: other.name, kind: edge.kind, met: prerequisiteMet(other), custom, edge: plain }] : [];
  };
  const edges = allEdges(db);
  return {
    prerequisites: edges.filter((e) => e.to === id && e.kind === 'prerequisite').flatMap((e) => link(e.from, e)),
    unlocks: edges.filter((e) => e.from === id && e.kind === 'prerequisite').flatMap((e) => link(e.to, e)),
    related: edges
      .filter((e) => e.kind !== 'prerequisite' && (e.from === id || e.to === id))
      .flatMap((e) => link(e.from === id ? e.to : e.from, e)),
  };
}

export function skillResources(db: Db, id: string): Resource[] {
  return db.all<{ id: number | null; title: string; url: string; own: number }>(sql`
    SELECT NULL AS id, title, url, 0 AS own FROM catalog_resources WHERE skill_id = ${id}
    UNION ALL SELECT id, title, url, 1 FROM user_resources WHERE skill_id = ${id}`)
    .map((r) => ({ ...r, own: r.own === 1 }));
}

export function skillNote(db: Db, id: string): { body: string; updatedAt: string | null } {
  const row = db.get<{ body: string; updatedAt: string } | undefined>(
    sql`SELECT body, updated_at AS updatedAt FROM skill_notes WHERE skill_id = ${id}`,
  );
  return row ? { body: row.body, updatedAt: row.updatedAt } : { body: '', updatedAt: null };
}

function slug(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'skill';
}

export function createCustomSkill(db: Db, input: z.output<typeof CustomSkillInput>, now = new Date()): SkillSummary {
  const stem = `${CUSTOM_SKILL_PREFIX}${slug(input.name)}`;
  let id = stem;
  // Deleted skills keep their ids (the log points at them), so a new skill never takes one.
  for (let n = 2; findSkill(db, id); n += 1) id = `${stem}-${n}`;
  db.run(sql`INSERT INTO custom_skills (id, name, category, description, estimated_hours, created_at)
    VALUES (${id}, ${input.name}, ${input.category}, ${input.description}, ${input.estimatedHours}, ${now.toISOString()})`);
  return toSummary(requireSkill(db, id));
}

/** Ids to names for every skill, deleted ones included, for messages users read. */
export function skillNameMap(db: Db): Map<string, string> {
  const rows = db.all<{ id: string; name: string }>(sql`SELECT id, name FROM catalog_skills UNION ALL SELECT id, name FROM custom_skills`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Adds a user edge; a prerequisite that would close a cycle is refused with the cycle named.
 * Adding an edge the app had turned off turns it back on, once it no longer closes a cycle.
 */
export function addEdge(db: Db, edge: z.output<typeof EdgeInput>, now = new Date()): { added: boolean } {
  requireSkill(db, edge.from, 'from');
  requireSkill(db, edge.to, 'to');
  if (edge.from === edge.to) {
    const message = 'A skill cannot be linked to itself';
    throw new AppError('VALIDATION', message, [{ path: ['to'], message }]);
  }
  if (edge.kind === 'prerequisite') {
    const cycle = findPrerequisiteCycle([...allEdges(db), edge]);
    if (cycle) {
      const message = `That would make a prerequisite cycle: ${describeCycle(cycle, skillNameMap(db))}`;
      throw new AppError('CONFLICT', message, [{ path: ['to'], message }]);
    }
  }
  const result = db.run(sql`INSERT INTO custom_edges (from_id, to_id, kind, created_at)
    SELECT ${edge.from}, ${edge.to}, ${edge.kind}, ${now.toISOString()}
    WHERE NOT EXISTS (SELECT 1 FROM catalog_edges WHERE from_id = ${edge.from} AND to_id = ${edge.to} AND kind = ${edge.kind})
    ON CONFLICT (from_id, to_id, kind) DO UPDATE SET disabled_reason = NULL, created_at = excluded.created_at
      WHERE custom_edges.disabled_reason IS NOT NULL`);
  return { added: result.changes > 0 };
}

/** Removes one of the user's edges (enabled or turned off); the catalog's edges are not the user's to remove. */
export function removeEdge(db: Db, edge: z.output<typeof EdgeInput>): { removed: boolean } {
  const removed = db.run(sql`DELETE FROM custom_edges WHERE from_id = ${edge.from} AND to_id = ${edge.to} AND kind = ${edge.kind}`).changes > 0;
  if (!removed && db.get(sql`SELECT 1 FROM catalog_edges WHERE from_id = ${edge.from} AND to_id = ${edge.to} AND kind = ${edge.kind}`)) {
    const message = 'That link comes from the catalog and cannot be removed';
    throw new AppError('CONFLICT', message, [{ path: ['to'], message }]);
  }
  return { removed };
}

function requireCustom(db: Db, id: string): SkillRecord {
  const skill = requireSkill(db, id, 'id', { allowDeleted: true });
  if (!skill.custom) {
    const message = `“${skill.name}” is a catalog skill; only skills you added can be deleted (set a catalog skill to Skipped instead)`;
    throw new AppError('CONFLICT', message, [{ path: ['id'], message }]);
  }
  return skill;
}

/**
 * Soft delete: the skill leaves lists, pickers and links, its study entries stay in the log
 * under its name, and goals on it say it was deleted. Restoring brings all of that back.
 */
export function deleteCustomSkill(db: Db, id: string, now = new Date()): { deleted: boolean } {
  requireCustom(db, id);
  const result = db.run(sql`UPDATE custom_skills SET deleted_at = ${now.toISOString()} WHERE id = ${id} AND deleted_at IS NULL`);
  return { deleted: result.changes > 0 };
}

export function restoreCustomSkill(db: Db, id: string): SkillSummary {
  const skill = requireCustom(db, id);
  inTransaction(db, () => {
    db.run(sql`UPDATE custom_skills SET deleted_at = NULL WHERE id = ${id}`);
    // While it was gone, new links may have been added that its own links now close into a cycle.
    disableBrokenCustomEdges(db, `when “${skill.name}” was restored`);
  });
  return toSummary(requireSkill(db, id, 'id'));
}

/** A custom skill's estimate is the user's own figure, so editing it changes the skill itself; a catalog skill's is overridden. */
export function setEstimate(db: Db, id: string, hours: number | null, now = new Date()): SkillSummary {
  const skill = requireSkill(db, id, 'id');
  if (skill.custom) {
    if (hours === null) {
      const message = 'A skill of your own needs an estimate';
      throw new AppError('VALIDATION', `estimatedHours: ${message}`, [{ path: ['estimatedHours'], message }]);
    }
    inTransaction(db, () => {
      db.run(sql`UPDATE custom_skills SET estimated_hours = ${hours} WHERE id = ${id}`);
      db.run(sql`DELETE FROM skill_estimates WHERE skill_id = ${id}`);
    });
  } else if (hours === null) db.run(sql`DELETE FROM skill_estimates WHERE skill_id = ${id}`);
  else {
    db.run(sql`INSERT INTO skill_estimates (skill_id, estimated_hours, updated_at) VALUES (${id}, ${hours}, ${now.toISOString()})
      ON CONFLICT (skill_id) DO UPDATE SET estimated_hours = excluded.estimated_hours, updated_at = excluded.updated_at`);
  }
  return toSummary(requireSkill(db, id, 'id'));
}

export function addResource(db: Db, input: { skillId: string; title: string; url: string }, now = new Date()): Resource {
  requireSkill(db, input.skillId);
  const row = db.get<{ id: number }>(sql`INSERT INTO user_resources (skill_id, title, url, created_at)
    VALUES (${input.skillId}, ${input.title}, ${input.url}, ${now.toISOString()}) RETURNING id`);
  return { id: row.id, title: input.title, url: input.url, own: true };
}

export function removeResource(db: Db, id: number): { removed: boolean } {
  return { removed: db.run(sql`DELETE FROM user_resources WHERE id = ${id}`).changes > 0 };
}

export function saveNote(db: Db, input: { skillId: string; body: string }, now = new Date()): { updatedAt: string } {
  requireSkill(db, input.skillId);
  const updatedAt = now.toISOString();
  db.run(sql`INSERT INTO skill_notes (skill_id, body, updated_at) VALUES (${input.skillId}, ${input.body}, ${updatedAt})
    ON CONFLICT (skill_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`);
  return { updatedAt };
}

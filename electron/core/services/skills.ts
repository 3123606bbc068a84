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
} from '../../../shared/domain/skills';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/store';
import { allEvents, minutesBySkill } from './progress-log';

interface SkillRow {
  id: string;
  name: string;
  category: SkillCategory;
  description: string;
  catalogHours: number;
  editedHours: number | null;
  custom: number;
  level: number | null;
  targetLevel: number | null;
  status: SkillStatus | null;
}

/** Catalog and custom skills in one list, joined with the user's estimate, progress and logged minutes. */
function skillRows(db: Db, id?: string): SkillRow[] {
  return db.all<SkillRow>(sql`
    SELECT s.id, s.name, s.category, s.description, s.hours AS catalogHours, e.estimated_hours AS editedHours,
      s.custom, p.level, p.target_level AS targetLevel, p.status
    FROM (
      SELECT id, name, category, description, estimated_hours AS hours, 0 AS custom, position FROM catalog_skills
      UNION ALL
      SELECT id, name, category, description, estimated_hours, 1, 1000000 FROM custom_skills
    ) s
    LEFT JOIN skill_estimates e ON e.skill_id = s.id
    LEFT JOIN skill_progress p ON p.skill_id = s.id
    ${id === undefined ? sql`` : sql`WHERE s.id = ${id}`}
    ORDER BY s.position, s.name`);
}

function toSummary(row: SkillRow, minutes: ReadonlyMap<string, number>): SkillSummary {
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
  };
}

export function listSkills(db: Db): SkillSummary[] {
  const minutes = minutesBySkill(allEvents(db));
  return skillRows(db).map((row) => toSummary(row, minutes));
}

export function findSkill(db: Db, id: string): SkillSummary | undefined {
  const row = skillRows(db, id)[0];
  return row ? toSummary(row, minutesBySkill(allEvents(db, id))) : undefined;
}

/** The skill an input names, or a NOT_FOUND error that points at the field. */
export function requireSkill(db: Db, id: string, field = 'skillId'): SkillSummary {
  const skill = findSkill(db, id);
  if (!skill) {
    const message = `Unknown skill "${id}"`;
    throw new AppError('NOT_FOUND', message, [{ path: [field], message }]);
  }
  return skill;
}

export function allEdges(db: Db): Array<SkillEdge & { custom: boolean }> {
  return db
    .all<{ from: string; to: string; kind: EdgeKind; custom: number }>(sql`
      SELECT from_id AS "from", to_id AS "to", kind, 0 AS custom FROM catalog_edges
      UNION ALL SELECT from_id, to_id, kind, 1 FROM custom_edges`)
    .map((e) => ({ ...e, custom: e.custom === 1 }));
}

export function linkedSkills(db: Db, id: string, skills: ReadonlyMap<string, SkillSummary>) {
  const link = (otherId: string, kind: EdgeKind, custom: boolean): LinkedSkill[] => {
    const other = skills.get(otherId);
    return other ? [{ id: other.id, name: other.name, kind, met: prerequisiteMet(other), custom }] : [];
  };
  const edges = allEdges(db);
  return {
    prerequisites: edges.filter((e) => e.to === id && e.kind === 'prerequisite').flatMap((e) => link(e.from, e.kind, e.custom)),
    unlocks: edges.filter((e) => e.from === id && e.kind === 'prerequisite').flatMap((e) => link(e.to, e.kind, e.custom)),
    related: edges
      .filter((e) => e.kind !== 'prerequisite' && (e.from === id || e.to === id))
      .flatMap((e) => link(e.from === id ? e.to : e.from, e.kind, e.custom)),
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
  for (let n = 2; findSkill(db, id); n += 1) id = `${stem}-${n}`;
  db.run(sql`INSERT INTO custom_skills (id, name, category, description, estimated_hours, created_at)
    VALUES (${id}, ${input.name}, ${input.category}, ${input.description}, ${input.estimatedHours}, ${now.toISOString()})`);
  return requireSkill(db, id);
}

/** Adds a user edge; a prerequisite that would close a cycle is refused with the cycle named. */
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
      const message = `That would make a prerequisite cycle: ${describeCycle(cycle)}`;
      throw new AppError('CONFLICT', message, [{ path: ['to'], message }]);
    }
  }
  const result = db.run(sql`INSERT OR IGNORE INTO custom_edges (from_id, to_id, kind, created_at)
    SELECT ${edge.from}, ${edge.to}, ${edge.kind}, ${now.toISOString()}
    WHERE NOT EXISTS (SELECT 1 FROM catalog_edges WHERE from_id = ${edge.from} AND to_id = ${edge.to} AND kind = ${edge.kind})`);
  return { added: result.changes > 0 };
}

export function setEstimate(db: Db, id: string, hours: number | null, now = new Date()): SkillSummary {
  requireSkill(db, id, 'id');
  if (hours === null) db.run(sql`DELETE FROM skill_estimates WHERE skill_id = ${id}`);
  else {
    db.run(sql`INSERT INTO skill_estimates (skill_id, estimated_hours, updated_at) VALUES (${id}, ${hours}, ${now.toISOString()})
      ON CONFLICT (skill_id) DO UPDATE SET estimated_hours = excluded.estimated_hours, updated_at = excluded.updated_at`);
  }
  return requireSkill(db, id, 'id');
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

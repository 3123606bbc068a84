import { sql } from 'drizzle-orm';
import { brokenCustomEdges, type CustomEdgeProblem, type DisabledEdge } from '@shared/domain/custom-edges';
import { describeCycle, type EdgeKind, type SkillEdge } from '@shared/domain/skills';
import type { Db } from '../db/store';

function explain(problem: CustomEdgeProblem, names: ReadonlyMap<string, string>): string {
  return problem.kind === 'cycle'
    ? `it would close the prerequisite cycle ${describeCycle(problem.cycle, names)}`
    : `the skill “${problem.skillId}” is no longer in the catalog`;
}

/**
 * Checks the user's enabled edges against the catalog and every skill as they are now, and turns
 * off (never deletes) each one that closes a prerequisite cycle or lost an end. `when` says what
 * happened, for the reason the user reads ("when catalog version 4 was loaded"). Returns how many.
 */
export function disableBrokenCustomEdges(db: Db, when: string): number {
  const skills = db.all<{ id: string; name: string; deleted: number }>(sql`
    SELECT id, name, 0 AS deleted FROM catalog_skills
    UNION ALL SELECT id, name, deleted_at IS NOT NULL FROM custom_skills`);
  const broken = brokenCustomEdges({
    catalog: db.all<SkillEdge>(sql`SELECT from_id AS "from", to_id AS "to", kind FROM catalog_edges`),
    custom: db.all<SkillEdge>(sql`SELECT from_id AS "from", to_id AS "to", kind FROM custom_edges
      WHERE disabled_reason IS NULL ORDER BY created_at, rowid`),
    known: new Set(skills.map((s) => s.id)),
    live: new Set(skills.filter((s) => s.deleted === 0).map((s) => s.id)),
  });
  const names = new Map(skills.map((s) => [s.id, s.name]));
  for (const { edge, problem } of broken) {
    const reason = `Turned off ${when}: ${explain(problem, names)}.`;
    db.run(sql`UPDATE custom_edges SET disabled_reason = ${reason}
      WHERE from_id = ${edge.from} AND to_id = ${edge.to} AND kind = ${edge.kind}`);
  }
  return broken.length;
}

/** The user's edges the app turned off, optionally only those touching one skill; names fall back to ids for skills that are gone. */
export function disabledEdges(db: Db, skillId?: string): DisabledEdge[] {
  return db.all<{ from: string; fromName: string | null; to: string; toName: string | null; kind: EdgeKind; reason: string }>(sql`
    WITH names AS (SELECT id, name FROM catalog_skills UNION ALL SELECT id, name FROM custom_skills)
    SELECT c.from_id AS "from", f.name AS fromName, c.to_id AS "to", t.name AS toName, c.kind, c.disabled_reason AS reason
    FROM custom_edges c
    LEFT JOIN names f ON f.id = c.from_id
    LEFT JOIN names t ON t.id = c.to_id
    WHERE c.disabled_reason IS NOT NULL
      ${skillId === undefined ? sql`` : sql`AND ${skillId} IN (c.from_id, c.to_id)`}
    ORDER BY c.created_at, c.rowid`)
    .map((e) => ({ ...e, fromName: e.fromName ?? e.from, toName: e.toName ?? e.to }));
}

import { z } from 'zod';
import { EdgeKind, findPrerequisiteCycle, type SkillEdge } from './skills';

export type CustomEdgeProblem = { kind: 'cycle'; cycle: string[] } | { kind: 'missing'; skillId: string };

export interface CustomEdgeCheck {
  /** The catalog's edges: checked when the catalog loads, so taken as they are. */
  catalog: readonly SkillEdge[];
  /** The user's enabled edges, oldest first. */
  custom: readonly SkillEdge[];
  /** Every skill id that exists, deleted custom skills included. */
  known: ReadonlySet<string>;
  /** Ids of skills that are not deleted; an edge touching a deleted skill counts nowhere until it is restored. */
  live: ReadonlySet<string>;
}

/**
 * The user's edges that the current catalog (or a restored skill) breaks: an end that no longer
 * exists, or a prerequisite that closes a cycle. The user's edges are replayed oldest first onto
 * the catalog graph, each kept only if it would have been accepted when added (the rule
 * `skills.addEdge` applies), so a newer edge gives way to an older one and the catalog wins over both.
 */
export function brokenCustomEdges(check: CustomEdgeCheck): Array<{ edge: SkillEdge; problem: CustomEdgeProblem }> {
  const broken: Array<{ edge: SkillEdge; problem: CustomEdgeProblem }> = [];
  const graph: SkillEdge[] = check.catalog.filter((e) => e.kind === 'prerequisite');
  for (const edge of check.custom) {
    const missing = [edge.from, edge.to].find((id) => !check.known.has(id));
    if (missing !== undefined) {
      broken.push({ edge, problem: { kind: 'missing', skillId: missing } });
      continue;
    }
    if (edge.kind !== 'prerequisite' || !check.live.has(edge.from) || !check.live.has(edge.to)) continue;
    const cycle = findPrerequisiteCycle([...graph, edge]);
    if (cycle) broken.push({ edge, problem: { kind: 'cycle', cycle } });
    else graph.push(edge);
  }
  return broken;
}

/** A user's link the app turned off, with the sentence saying why; shown until the user removes it. */
export const DisabledEdge = z.object({
  from: z.string(),
  fromName: z.string(),
  to: z.string(),
  toName: z.string(),
  kind: EdgeKind,
  reason: z.string(),
});
export type DisabledEdge = z.infer<typeof DisabledEdge>;

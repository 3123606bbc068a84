import type { RoadmapScheduleInput } from '@shared/domain/roadmap';

export type CycleEdge = RoadmapScheduleInput['edges'][number];

export interface CycleLinks {
  /** The user's own links along the cycle: removing any one may break it. */
  custom: CycleEdge[];
  /** Links from the catalog along it, which cannot be removed. */
  catalog: CycleEdge[];
}

/**
 * The links that hold a cycle together. The cycle comes by name, each member waiting on the
 * next: directly (a prerequisite between them, either way round) or through an alternative of a
 * prerequisite (a prerequisite of one whose alternative is the other).
 */
export function cycleLinks(cycle: readonly string[], input: RoadmapScheduleInput): CycleLinks {
  const idOf = new Map(input.skills.map((s) => [s.name, s.id]));
  const ids = cycle.map((name) => idOf.get(name) ?? name);
  const found = new Set<CycleEdge>();
  const between = (a: string, b: string) => (e: CycleEdge) => (e.from === a && e.to === b) || (e.from === b && e.to === a);
  for (let k = 0; k + 1 < ids.length; k++) {
    const [a, b] = [ids[k] as string, ids[k + 1] as string];
    for (const e of input.edges) if (e.kind === 'prerequisite' && between(a, b)(e)) found.add(e);
    // a or b needs a prerequisite p whose alternative is the other one.
    for (const [dependant, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const pre of input.edges) {
        if (pre.kind !== 'prerequisite' || pre.to !== dependant) continue;
        const alternatives = input.edges.filter((e) => e.kind === 'alternative' && between(pre.from, other)(e));
        if (alternatives.length === 0) continue;
        found.add(pre);
        for (const alt of alternatives) found.add(alt);
      }
    }
  }
  const all = [...found];
  return { custom: all.filter((e) => e.custom === true), catalog: all.filter((e) => e.custom !== true) };
}

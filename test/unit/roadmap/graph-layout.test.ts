// The roadmap graph's layout (dagre, left to right) over generated DAGs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeKind, SkillEdge } from '@shared/domain/skills';
import { cachedLayout, itemEdges, LARGE_GRAPH, layoutGraph, NODE_HEIGHT, NODE_WIDTH, type GraphLayout } from '../../../renderer/src/features/roadmap/graph-layout';

/**
 * Up to `max` skills s0…; prerequisites point from a lower to a higher index (a DAG),
 * recommended orders and alternatives anywhere (so a recommended order may contradict them), a few edges name a skill off the roadmap (x), and a
 * skill may be on the roadmap twice.
 */
const graphs = (max: number) =>
  fc.integer({ min: 1, max }).chain((n) =>
    fc.record({
      edges: fc.array(fc.record({ a: fc.nat(n), b: fc.nat(n), kind: fc.constantFrom<EdgeKind>('prerequisite', 'prerequisite', 'recommended', 'alternative') }), { maxLength: 3 * n }),
      twice: fc.option(fc.nat(n - 1), { freq: 3 }),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    }).map(({ edges, twice, order }) => {
      const name = (i: number) => (i === n ? 'x' : `s${i}`);
      const items = order.map((i, k) => ({ id: k + 1, skillId: name(i) }));
      if (twice !== null) items.push({ id: n + 1, skillId: name(twice) });
      const skillEdges: SkillEdge[] = edges
        .filter((e) => e.a !== e.b)
        .map(({ a, b, kind }) => {
          const [from, to] = kind === 'prerequisite' && a > b ? [b, a] : [a, b];
          return { from: name(from), to: name(to), kind };
        });
      return { items, edges: skillEdges };
    }),
  );

const nodeOf = (layout: GraphLayout, itemId: number) => {
  const node = layout.nodes.find((n) => n.itemId === itemId);
  if (!node) throw new Error(`no node for item ${itemId}`);
  return node;
};

describe('the roadmap graph layout', () => {
  it('puts every prerequisite in an earlier layer, to the left of what needs it', () => {
    fc.assert(
      fc.property(graphs(14), ({ items, edges }) => {
        const layout = layoutGraph(items, edges);
        expect(layout.nodes.map((n) => n.itemId).sort((a, b) => a - b)).toEqual(items.map((i) => i.id).sort((a, b) => a - b));
        for (const e of layout.edges) {
          if (e.kind !== 'prerequisite') continue;
          const from = nodeOf(layout, e.from);
          const to = nodeOf(layout, e.to);
          expect(from.layer).toBeLessThan(to.layer);
          expect(from.x + NODE_WIDTH / 2).toBeLessThanOrEqual(to.x - NODE_WIDTH / 2);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('keeps the order with the fast ranker for large roadmaps too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: LARGE_GRAPH + 1, max: LARGE_GRAPH + 30 }).chain((n) =>
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: n, maxLength: 2 * n }).map((pairs) => ({
            items: Array.from({ length: n }, (_, i) => ({ id: i + 1, skillId: `s${i}` })),
            edges: pairs.filter(([a, b]) => a !== b).map(([a, b]): SkillEdge => ({ from: `s${Math.min(a, b)}`, to: `s${Math.max(a, b)}`, kind: 'prerequisite' })),
          })),
        ),
        ({ items, edges }) => {
          const layout = layoutGraph(items, edges);
          for (const e of layout.edges) expect(nodeOf(layout, e.from).layer).toBeLessThan(nodeOf(layout, e.to).layer);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('draws exactly the edges between skills on the roadmap, each from its own end to the other, and no two nodes overlap', () => {
    fc.assert(
      fc.property(graphs(10), ({ items, edges }) => {
        const layout = layoutGraph(items, edges);
        expect(layout.edges.map(({ from, to, kind }) => ({ from, to, kind }))).toEqual(itemEdges(items, edges));
        const onRoadmap = new Set(items.map((i) => i.skillId));
        for (const e of layout.edges) {
          expect(e.points.length).toBeGreaterThanOrEqual(2);
          const skillOf = (id: number) => items.find((i) => i.id === id)?.skillId as string;
          expect(onRoadmap.has(skillOf(e.from)) && onRoadmap.has(skillOf(e.to))).toBe(true);
        }
        for (const a of layout.nodes) {
          for (const b of layout.nodes) {
            if (a.itemId >= b.itemId) continue;
            const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
            expect(apart).toBe(true);
          }
          expect(a.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(0);
          expect(a.x + NODE_WIDTH / 2).toBeLessThanOrEqual(layout.width);
          expect(a.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(layout.height);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('joins every item of a skill on the roadmap twice, and leaves out edges to skills off it', () => {
    const items = [
      { id: 1, skillId: 'linux' },
      { id: 2, skillId: 'docker' },
      { id: 3, skillId: 'docker' },
    ];
    const edges: SkillEdge[] = [
      { from: 'linux', to: 'docker', kind: 'prerequisite' },
      { from: 'docker', to: 'kubernetes', kind: 'prerequisite' },
      { from: 'docker', to: 'docker', kind: 'recommended' },
    ];
    expect(itemEdges(items, edges)).toEqual([
      { from: 1, to: 2, kind: 'prerequisite' },
      { from: 1, to: 3, kind: 'prerequisite' },
    ]);
  });

  it('lays out again only when the items or edges change', () => {
    const items = [
      { id: 1, skillId: 'a' },
      { id: 2, skillId: 'b' },
    ];
    const edges: SkillEdge[] = [{ from: 'a', to: 'b', kind: 'prerequisite' }];
    const first = cachedLayout(items, edges);
    expect(cachedLayout(items.map((i) => ({ ...i })), [...edges])).toBe(first);
    expect(cachedLayout(items, [{ from: 'a', to: 'b', kind: 'recommended' }])).not.toBe(first);
  });
});

import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { EdgeKind, SkillEdge } from '@shared/domain/skills';

/*
 * The roadmap's prerequisite graph laid out in layers, left to right (dagre), as plain numbers
 * for an SVG: pure, no DOM, so it is tested on its own and computed once per roadmap shape.
 */

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 48;
/** Skills past which the layout trades compactness for speed. */
export const LARGE_GRAPH = 80;

export interface Point {
  x: number;
  y: number;
}

export interface GraphItem {
  id: number;
  skillId: string;
}

export interface LayoutNode {
  itemId: number;
  skillId: string;
  /** Centre of the node's box. */
  x: number;
  y: number;
  /** Column from the left (0 first): every prerequisite is in an earlier layer than what needs it. */
  layer: number;
}

export interface LayoutEdge {
  /** Item ids: `from` is the prerequisite (or recommended first) of `to`. */
  from: number;
  to: number;
  kind: EdgeKind;
  points: Point[];
}

export interface GraphLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

interface ItemEdge {
  from: number;
  to: number;
  kind: EdgeKind;
}

/**
 * The edges between items: a skill edge joins every item of its `from` skill to every item of
 * its `to` skill (a skill may be on the roadmap twice, at two levels). Edges to skills off the
 * roadmap, from a skill to itself, and repeats are left out.
 */
export function itemEdges(items: readonly GraphItem[], edges: readonly SkillEdge[]): ItemEdge[] {
  const itemsOf = new Map<string, number[]>();
  for (const item of items) itemsOf.set(item.skillId, [...(itemsOf.get(item.skillId) ?? []), item.id]);
  const seen = new Set<string>();
  const out: ItemEdge[] = [];
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    for (const from of itemsOf.get(edge.from) ?? []) {
      for (const to of itemsOf.get(edge.to) ?? []) {
        const key = `${edge.kind}|${from}|${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ from, to, kind: edge.kind });
      }
    }
  }
  return out;
}

/** Whether `target` can be reached from `start` along `next`. */
function reaches(next: ReadonlyMap<number, number[]>, start: number, target: number): boolean {
  const stack = [start];
  const seen = new Set<number>([start]);
  while (stack.length > 0) {
    const at = stack.pop() as number;
    if (at === target) return true;
    for (const n of next.get(at) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return false;
}

/**
 * Layers from prerequisites (and recommended orders that agree with them); an alternative says
 * "either one", not "first", so it never orders the layers and is drawn as a straight line, as
 * is any edge that would close a loop.
 */
export function layoutGraph(items: readonly GraphItem[], edges: readonly SkillEdge[]): GraphLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  // Network simplex packs small graphs best; past a few dozen skills it costs seconds, and the
  // longest-path ranker keeps a 300-skill roadmap near a second.
  const ranker = items.length > LARGE_GRAPH ? 'longest-path' : 'network-simplex';
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 64, marginx: 16, marginy: 16, ranker });
  g.setDefaultEdgeLabel(() => ({}));
  for (const item of items) g.setNode(String(item.id), { width: NODE_WIDTH, height: NODE_HEIGHT });

  const all = itemEdges(items, edges);
  const next = new Map<number, number[]>();
  const ranked = new Set<ItemEdge>();
  // Prerequisites first, so a recommended order that contradicts them is the one left out.
  for (const kind of ['prerequisite', 'recommended'] as const) {
    for (const e of all) {
      if (e.kind !== kind || reaches(next, e.to, e.from)) continue;
      next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
      ranked.add(e);
      g.setEdge(String(e.from), String(e.to), { minlen: 1, weight: kind === 'prerequisite' ? 2 : 1 }, `${kind}`);
    }
  }
  dagre.layout(g);

  const centre = new Map<number, Point>();
  for (const item of items) {
    const n = g.node(String(item.id));
    centre.set(item.id, { x: n.x ?? 0, y: n.y ?? 0 });
  }
  const columns = [...new Set([...centre.values()].map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  const layerOf = new Map(columns.map((x, i) => [x, i]));
  const nodes = items.map((item): LayoutNode => {
    const p = centre.get(item.id) as Point;
    return { itemId: item.id, skillId: item.skillId, x: p.x, y: p.y, layer: layerOf.get(Math.round(p.x)) ?? 0 };
  });

  const layoutEdges = all.map((e): LayoutEdge => {
    const routed = ranked.has(e) ? g.edge({ v: String(e.from), w: String(e.to), name: e.kind })?.points : undefined;
    const points = routed && routed.length >= 2 ? routed.map((p) => ({ x: p.x, y: p.y })) : straight(centre.get(e.from) as Point, centre.get(e.to) as Point);
    return { ...e, points };
  });

  const graph = g.graph();
  return { nodes, edges: layoutEdges, width: graph.width ?? 0, height: graph.height ?? 0 };
}

/** The segment between two nodes' centres, cut where it leaves each box. */
function straight(a: Point, b: Point): Point[] {
  return [clip(a, b), clip(b, a)];
}

function clip(from: Point, toward: Point): Point {
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scale = Math.min(dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx), dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy));
  return { x: from.x + dx * scale, y: from.y + dy * scale };
}

let cache: { key: string; layout: GraphLayout } | null = null;

/** What the layout depends on: the items' skills and the edges, nothing the schedule changes. */
export function layoutKey(items: readonly GraphItem[], edges: readonly SkillEdge[]): string {
  return `${items.map((i) => `${i.id}:${i.skillId}`).join(',')}|${edges.map((e) => `${e.from}>${e.to}:${e.kind}`).join(',')}`;
}

/** The last layout made, when it is for this key. */
export const peekLayout = (key: string): GraphLayout | null => (cache?.key === key ? cache.layout : null);

export function rememberLayout(key: string, layout: GraphLayout): void {
  cache = { key, layout };
}

/**
 * The layout, computed again only when the roadmap's shape changes (its items or edges): the
 * screen reloads the roadmap after every save, and hours per week or a status never move a node.
 */
export function cachedLayout(items: readonly GraphItem[], edges: readonly SkillEdge[]): GraphLayout {
  const key = layoutKey(items, edges);
  const hit = peekLayout(key);
  if (hit) return hit;
  const layout = layoutGraph(items, edges);
  rememberLayout(key, layout);
  return layout;
}

/** An SVG path through the points, rounded at the bends. */
export function edgePath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i] as Point;
    const q = rest[i + 1] as Point;
    d += ` Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = rest.at(-1);
  if (last) d += ` L${last.x},${last.y}`;
  return d;
}

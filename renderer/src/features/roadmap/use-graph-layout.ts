import { useEffect, useMemo, useState } from 'react';
import type { SkillEdge } from '@shared/domain/skills';
import { cachedLayout, LARGE_GRAPH, layoutKey, peekLayout, rememberLayout, type GraphItem, type GraphLayout } from './graph-layout';

/** The one layout being made in a worker; it outlives the graph's unmount (a tab switch) so none is wasted. */
let pending: { key: string; worker: Worker; result: Promise<GraphLayout> } | null = null;

function layoutInWorker(key: string, items: readonly GraphItem[], edges: readonly SkillEdge[]): Promise<GraphLayout> {
  if (pending?.key === key) return pending.result;
  // A newer shape of the roadmap: the older layout is of no use any more.
  pending?.worker.terminate();
  const worker = new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<GraphLayout>((resolve) => {
    const finish = (layout: GraphLayout) => {
      rememberLayout(key, layout);
      worker.terminate();
      if (pending?.worker === worker) pending = null;
      resolve(layout);
    };
    worker.onmessage = (event: MessageEvent<GraphLayout>) => finish(event.data);
    // Where no worker can start, the layout is made here after all.
    worker.onerror = () => finish(cachedLayout(items, edges));
  });
  worker.postMessage({ items: items.map(({ id, skillId }) => ({ id, skillId })), edges: edges.map(({ from, to, kind }) => ({ from, to, kind })) });
  pending = { key, worker, result };
  return result;
}

/**
 * The graph's layout: computed at once for a roadmap of ordinary size, and in a worker for a
 * large one so the screen stays responsive meanwhile (null until it is ready).
 */
export function useGraphLayout(items: readonly GraphItem[], edges: readonly SkillEdge[]): GraphLayout | null {
  const key = useMemo(() => layoutKey(items, edges), [items, edges]);
  const inWorker = items.length > LARGE_GRAPH && typeof Worker !== 'undefined';
  const now = useMemo(() => (inWorker ? null : cachedLayout(items, edges)), [inWorker, items, edges]);
  const [done, setDone] = useState<{ key: string; layout: GraphLayout } | null>(null);

  useEffect(() => {
    if (!inWorker || peekLayout(key)) return;
    let current = true;
    void layoutInWorker(key, items, edges).then((layout) => {
      if (current) setDone({ key, layout });
    });
    return () => {
      current = false;
    };
  }, [inWorker, key, items, edges]);

  if (!inWorker) return now;
  return peekLayout(key) ?? (done?.key === key ? done.layout : null);
}

import type { SkillEdge } from '@shared/domain/skills';
import { layoutGraph, type GraphItem } from './graph-layout';

/** Lays out a large roadmap's graph off the main thread: dagre takes seconds for hundreds of skills. */
self.onmessage = (event: MessageEvent<{ items: GraphItem[]; edges: SkillEdge[] }>) => {
  self.postMessage(layoutGraph(event.data.items, event.data.edges));
};

// P9: scheduling a 300-item roadmap joined by 600 edges (a generated DAG) with the actual-pace
// finish (two simulations), median of many runs after a warm-up. Pure computation.
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import { generatedRoadmap } from '../../support/roadmap-input';
import { figure, timeMany, type Figure } from '../lib/figure';
import type { BenchSizes } from '../lib/sizes';

export const ROADMAP_ITEMS = 300;
export const ROADMAP_EDGES = 600;

export function roadmapFigure(sizes: BenchSizes): Figure {
  const runs = sizes.tiny ? 20 : 500;
  const roadmap = generatedRoadmap(ROADMAP_ITEMS, ROADMAP_EDGES);
  const check = scheduleRoadmap(roadmap);
  if (!check.ok) throw new Error(`generated roadmap has a cycle: ${check.cycle.join(' → ')}`);
  const prerequisites = roadmap.edges.filter((e) => e.kind === 'prerequisite').length;
  const full = timeMany(runs, () => scheduleRoadmap(roadmap), runs / 10);
  const planOnly = timeMany(runs, () => scheduleRoadmap({ ...roadmap, recentWeeklyHours: [] }), runs / 10);
  const allPrerequisites = generatedRoadmap(ROADMAP_ITEMS, ROADMAP_EDGES, { onlyPrerequisites: true });
  const strict = timeMany(runs, () => scheduleRoadmap(allPrerequisites), runs / 10);
  return figure({
    id: 'P9',
    name: `roadmap schedule, ${ROADMAP_ITEMS} items / ${roadmap.edges.length} edges`,
    unit: 'ms',
    measured: full,
    baseline: 5,
    compare: 'value',
    target: 5,
    notes: [
      `median of ${runs}; ${prerequisites} prerequisites, ${roadmap.parallel} at once`,
      `planned pace only: ${planOnly.toFixed(2)} ms; all edges prerequisites: ${strict.toFixed(2)} ms`,
      `${check.items.filter((i) => i.critical).length} items on the critical chain, finish ${check.finish}`,
    ],
  });
}

// npm run bench:roadmap — P9: scheduling a 300-item roadmap joined by 600 edges (a generated
// DAG), median of many runs after a warm-up. Budget ≤ 5 ms. Pure computation: no files, no database.
import { loadavg } from 'node:os';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import { generatedRoadmap } from '../support/roadmap-input';

const ITEMS = 300;
const EDGES = 600;
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const WARMUP = 50;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function timeMany(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const roadmap = generatedRoadmap(ITEMS, EDGES);
const check = scheduleRoadmap(roadmap);
if (!check.ok) throw new Error(`generated roadmap has a cycle: ${check.cycle.join(' → ')}`);
const prerequisites = roadmap.edges.filter((e) => e.kind === 'prerequisite').length;

console.log(`load average at start: ${load()}`);
const full = timeMany(() => scheduleRoadmap(roadmap));
const planOnly = timeMany(() => scheduleRoadmap({ ...roadmap, recentWeeklyHours: [] }));
const allPrerequisites = generatedRoadmap(ITEMS, EDGES, { onlyPrerequisites: true });
const strict = timeMany(() => scheduleRoadmap(allPrerequisites));
console.log(`P9 roadmap schedule, ${ITEMS} items / ${roadmap.edges.length} edges (${prerequisites} prerequisites), ${roadmap.parallel} at once, median of ${RUNS}:`);
console.log(`   with the actual-pace finish (two simulations): ${full.toFixed(2)} ms (budget ≤ 5)`);
console.log(`   planned pace only: ${planOnly.toFixed(2)} ms`);
console.log(`   all ${EDGES} edges prerequisites, with the actual pace: ${strict.toFixed(2)} ms`);
console.log(`   ${check.items.filter((i) => i.critical).length} items on the critical chain, finish ${check.finish}`);
console.log(`load average at end: ${load()}`);

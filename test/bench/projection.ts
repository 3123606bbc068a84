// npm run bench:projection — P7: a full recompute of five scenarios over 40 years (the comparison
// chart's worst case), median of many runs after a warm-up. Budget ≤ 2 ms. Pure computation: no
// files, no database.
import { loadavg } from 'node:os';
import { projectEarnings } from '@shared/domain/projection';
import { benchScenarios } from '../support/projection-input';

const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const WARMUP = 200;
const BUDGET_MS = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const scenarios = benchScenarios();
const recompute = () => scenarios.map(projectEarnings);

const check = recompute();
const years = check.reduce((sum, p) => sum + p.years.length, 0);
if (years !== 5 * 40) throw new Error(`expected 200 projected years, got ${years}`);

console.log(`load average at start: ${load()}`);
for (let i = 0; i < WARMUP; i++) recompute();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  recompute();
  times.push(performance.now() - start);
}
const p7 = median(times);
console.log(`P7 projection, ${scenarios.length} scenarios × 40 years, median of ${RUNS}: ${p7.toFixed(3)} ms (budget ≤ ${BUDGET_MS})`);
console.log(
  `   year 40 per scenario: ${check.map((p) => `${p.years[39]?.levelId} ${Math.round(p.years[39]?.expectedSalary ?? 0).toLocaleString('en-US')}`).join(' | ')}`,
);
console.log(`load average at end: ${load()}`);
if (p7 > BUDGET_MS) process.exitCode = 1;

// npm run bench:roadmap-render — the Roadmap screen's re-render after a change to hours per
// week, 300 items joined by 600 edges, in Chromium through the web host: from the input event
// to the next frame after the last item's dates changed on screen (list and timeline redrawn).
// Median of many changes. Budget ≤ 50 ms. BENCH_TAB=Graph measures with the graph shown instead
// of the timeline. Needs a built renderer (npx electron-vite build).
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/web-host/chromium';
import type { Router } from '../../electron/core/router';
import { generatedRoadmap } from '../support/roadmap-input';
import { startPrintHost } from '../support/print-host';
import { tempDir } from '../support/temp-core';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 300);
const EDGES = Number(process.env.BENCH_EDGES ?? 600);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function call(router: Router, method: string, input?: unknown): Promise<unknown> {
  const result = await router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** The generated DAG as custom skills, custom links and one roadmap holding them all. */
async function seedLargeRoadmap(router: Router): Promise<void> {
  const generated = generatedRoadmap(ITEMS, EDGES);
  const ids = new Map<string, string>();
  for (const [i, s] of generated.skills.entries()) {
    const created = (await call(router, 'skills.createCustom', {
      name: `Skill ${String(i + 1).padStart(3, '0')}`,
      category: 'architecture',
      estimatedHours: s.estimatedHours,
    })) as { id: string };
    ids.set(s.id, created.id);
  }
  for (const e of generated.edges) await call(router, 'skills.addEdge', { from: ids.get(e.from), to: ids.get(e.to), kind: e.kind });
  const roadmap = (await call(router, 'roadmap.create', { name: 'Large' })) as { id: number };
  for (const item of [...generated.items].sort((a, b) => a.position - b.position)) {
    await call(router, 'roadmap.addItem', { roadmapId: roadmap.id, skillId: ids.get(item.skillId), targetLevel: Math.max(1, item.targetLevel) });
  }
  await call(router, 'roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 10, parallel: 2 });
}

const temp = tempDir('trajectory-bench-roadmap-');
const printing = await startPrintHost(path.join(temp.dir, 'trajectory.sqlite'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`load average at start: ${load()}`);
  await seedLargeRoadmap(printing.core.router);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${printing.host.openUrl}#/roadmap`);
  await page.getByRole('list', { name: 'Roadmap items' }).getByRole('listitem').nth(ITEMS - 1).waitFor({ state: 'attached' });
  if (process.env.BENCH_TAB) await page.getByRole('tab', { name: process.env.BENCH_TAB }).click();
  // A string, not a function: tsx would add its name helpers to a function, which the page lacks.
  const times = (await page.evaluate(`(async (runs) => {
    const field = [...document.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent?.trim() === 'Hours per week');
    if (!field) throw new Error('no Hours per week field');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const dates = () => [...document.querySelectorAll('[data-testid="item-dates"]')].map((e) => e.textContent).join('|');
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const out = [];
    for (let i = 0; i < runs; i++) {
      const before = dates();
      const start = performance.now();
      setValue.call(field, i % 2 === 0 ? '11' : '10');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      while (dates() === before) await tick();
      await nextFrame();
      out.push(performance.now() - start);
      // Let the save and the reload it triggers settle before the next change.
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    return out;
  })(${RUNS})`)) as number[];
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(`Roadmap screen re-render after hours per week, ${ITEMS} items / ${EDGES} edges, median of ${RUNS}: ${median.toFixed(1)} ms (budget ≤ 50) ${median <= 50 ? 'PASS' : 'FAIL'}`);
  console.log(`   fastest ${sorted[0]?.toFixed(1)} ms, slowest ${sorted.at(-1)?.toFixed(1)} ms`);
  console.log(`load average at end: ${load()}`);
} finally {
  await browser.close();
  await printing.close();
  temp.remove();
}

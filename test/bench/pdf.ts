// npm run bench:pdf — P6: the demo user's whole career plan as a PDF (4+ pages with charts),
// made the way the web host makes it, against a one-page blank PDF in the same Chromium, both
// median of several runs in the same browser. Target ≤ 4×. Needs a built renderer.
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/web-host/chromium';
import { seedDemoPlan } from '../support/demo-plan';
import { startPrintHost } from '../support/print-host';
import { tempDir } from '../support/temp-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function timeMany(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: browser start, first bundle parse
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const temp = tempDir('trajectory-bench-pdf-');
const printing = await startPrintHost(path.join(temp.dir, 'trajectory.sqlite'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`load average at start: ${load()}`);
  await seedDemoPlan(printing.core.router);
  const scenarios = await printing.core.router.dispatch('career.scenarios', undefined);
  const scenarioIds = scenarios.ok ? (scenarios.value as Array<{ id: number }>).map((s) => s.id) : [];
  let pages = 0;
  const plan = await timeMany(async () => {
    const result = await printing.core.router.dispatch('plan.exportPdf', { scenarioIds });
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as { pages: number; token: string };
    pages = value.pages;
    printing.pdf.takeDownload(value.token);
  });
  // Like the host: one context kept, a new page per PDF.
  const context = await browser.newContext({ deviceScaleFactor: 2 });
  const blank = await timeMany(async () => {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>blank</title><p></p>');
    await page.pdf({ format: 'A4' });
    await page.close();
  });
  const ratio = plan / blank;
  console.log(`P6 career-plan PDF (${pages} pages with charts), median of ${RUNS}: ${plan.toFixed(0)} ms`);
  console.log(`   one-page blank PDF in the same Chromium: ${blank.toFixed(0)} ms`);
  console.log(`   ratio ${ratio.toFixed(2)}× (target ≤ 4×) ${ratio <= 4 ? 'PASS' : 'FAIL'}`);
  console.log(`load average at end: ${load()}`);
} finally {
  await browser.close();
  await printing.close();
  temp.remove();
}

// npm run bench: every figure of the performance budget in one run, each against a baseline
// measured in this same run on this machine, printed as a table and written as JSON (BENCH_OUT,
// bench/results.json by default). Figure ids as arguments run only those (npm run bench -- P7 P9).
// Works in a temp folder, never the repo. Sizes and switches: test/bench/lib/sizes.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/web-host/chromium';
import { REPO_ROOT, tempDir } from '../support/temp-core';
import { bundleFigure } from './figures/p4-bundle';
import { firstRenderFigure } from './figures/p5-first-render';
import { pdfFigure } from './figures/p6-pdf';
import { bigImportFigure } from './figures/p12-big-import';
import { routerFigure } from './figures/p3-router';
import { projectionFigure } from './figures/p7-projection';
import { roadmapFigure } from './figures/p9-roadmap';
import { salaryFigures } from './figures/salary-import';
import { isSkipped, loadAverage, skipped, type FigureResult } from './lib/figure';
import { table, writeResults } from './lib/report';
import { benchSizes } from './lib/sizes';

/** The figures that need Chromium and a built renderer, in the order they run on one browser. */
const BROWSER_FIGURES = [
  { id: 'P4', name: 'renderer JS before the first screen, gzip', run: bundleFigure },
  { id: 'P5', name: 'first meaningful render of the dashboard', run: firstRenderFigure },
  { id: 'P6', name: 'career-plan PDF', run: pdfFigure },
];
const SALARY_IDS = ['P1', 'P2', 'P8', 'P10', 'P11', 'P1-rss', 'P1-progress', 'P1-size'];
const ORDER = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P1-rss', 'P1-progress', 'P1-size'];

const sizes = benchSizes();
const only = process.argv.slice(2).map((a) => a.toUpperCase());
const wanted = (...ids: string[]) => only.length === 0 || ids.some((id) => only.includes(id.toUpperCase()));
const log = (line: string) => console.log(line);

async function runAll(dir: string): Promise<FigureResult[]> {
  const results: FigureResult[] = [];
  const attempt = async (id: string, name: string, run: () => Promise<FigureResult | FigureResult[]>) => {
    const start = performance.now();
    try {
      const got = await run();
      results.push(...(Array.isArray(got) ? got : [got]));
      log(`${id} ${name}: done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    } catch (error) {
      // One broken figure does not hide the others; the run still fails at the end.
      console.error(error);
      process.exitCode = 1;
      results.push(skipped(id, name, `error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`));
    }
  };

  if (wanted('P7')) await attempt('P7', 'projection', () => Promise.resolve(projectionFigure(sizes)));
  if (wanted('P9')) await attempt('P9', 'roadmap schedule', () => Promise.resolve(roadmapFigure(sizes)));
  if (wanted('P3')) await attempt('P3', 'router dispatch', () => routerFigure(sizes, dir));

  // The browser figures first: the imports after them write hundreds of MB that the disk is still
  // taking in for seconds after they end, which would fall on the page loads' timings.
  const browserFigures = BROWSER_FIGURES.filter((f) => wanted(f.id));
  const builtRenderer = existsSync(path.join(REPO_ROOT, 'out', 'renderer', 'index.html'));
  const whyNoBrowser = !sizes.browser ? 'BENCH_BROWSER=0' : !builtRenderer ? 'no built renderer (npx electron-vite build)' : null;
  if (browserFigures.length > 0 && whyNoBrowser) {
    for (const f of browserFigures) results.push(skipped(f.id, f.name, whyNoBrowser));
  } else if (browserFigures.length > 0) {
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
      for (const f of browserFigures) {
        const b = browser;
        await attempt(f.id, f.name, () => f.run(sizes, b, dir));
      }
    } finally {
      await browser?.close();
    }
  }

  let importSeconds: number | null = null;
  if (wanted(...SALARY_IDS, 'P12')) {
    await attempt('P1', 'salary import and queries', async () => {
      const salary = await salaryFigures(sizes, dir, log);
      importSeconds = salary.importSeconds;
      return salary.figures;
    });
  }
  if (wanted('P12')) {
    const small = importSeconds;
    if (!sizes.runP12) results.push(skipped('P12', `import of ${sizes.bigRows.toLocaleString('en-US')} rows`, 'opt-in: BENCH_P12=1'));
    else if (small === null) results.push(skipped('P12', 'big import', 'no P1 import to compare with'));
    else await attempt('P12', 'big import', () => bigImportFigure(sizes, dir, small));
  }

  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return results.sort((a, b) => rank(a.id) - rank(b.id));
}

const temp = tempDir('trajectory-bench-');
try {
  const startLoad = loadAverage();
  log(`load average at start: ${startLoad}; ${sizes.rows.toLocaleString('en-US')} rows${sizes.tiny ? ' (tiny run: not a measurement)' : ''}`);
  const figures = await runAll(temp.dir);
  const endLoad = loadAverage();
  log('');
  log(table(figures));
  log('');
  for (const f of figures) if (!isSkipped(f)) for (const note of f.notes ?? []) log(`${f.id}: ${note}`);
  log(`load average at end: ${endLoad}`);
  const out = only.length === 0 || process.env.BENCH_OUT ? sizes.out : path.join(path.dirname(sizes.out), `results-${only.join('-')}.json`);
  writeResults(out, { figures, rows: sizes.rows, loadAverage: { start: startLoad, end: endLoad }, finishedAt: new Date().toISOString() });
  log(`results written to ${out}`);
} finally {
  temp.remove();
}

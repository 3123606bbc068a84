// P6: the demo user's whole career plan as a PDF (4+ pages with charts), made the way the web
// host makes it, against a one-page blank PDF in the same Chromium; medians in the same browser.
// Needs a built renderer (npx electron-vite build).
import type { Browser } from 'playwright-core';
import { seedDemoPlan } from '../../support/demo-plan';
import { startPrintHost } from '../../support/print-host';
import { figure, timeManyAsync, type Figure } from '../lib/figure';
import { freshDatabase } from '../lib/fresh-database';
import type { BenchSizes } from '../lib/sizes';

export async function pdfFigure(sizes: BenchSizes, browser: Browser, dir: string): Promise<Figure> {
  const printing = await startPrintHost(await freshDatabase(dir, 'pdf.sqlite'));
  try {
    await seedDemoPlan(printing.core.router);
    const scenarios = await printing.core.router.dispatch('career.scenarios', undefined);
    const scenarioIds = scenarios.ok ? (scenarios.value as Array<{ id: number }>).map((s) => s.id) : [];
    let pages = 0;
    const exportPdf = async () => {
      const result = await printing.core.router.dispatch('plan.exportPdf', { scenarioIds });
      if (!result.ok) throw new Error(result.error.message);
      const value = result.value as { pages: number; token: string };
      pages = value.pages;
      printing.pdf.takeDownload(value.token);
    };
    // The first export starts the browser and opens the host's print page, which later exports
    // reuse (as in the app, where the Plan screen has the host open it before Export is pressed).
    const firstStart = performance.now();
    await exportPdf();
    const first = performance.now() - firstStart;
    const plan = await timeManyAsync(sizes.runs, exportPdf);
    // One context kept, a new page per blank PDF.
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const blank = await timeManyAsync(
      sizes.runs,
      async () => {
        const page = await context.newPage();
        await page.setContent('<!doctype html><title>blank</title><p></p>');
        await page.pdf({ format: 'A4' });
        await page.close();
      },
      1,
    );
    await context.close();
    return figure({
      id: 'P6',
      name: `career-plan PDF (${pages} pages with charts)`,
      unit: 'ms',
      measured: plan,
      baseline: blank,
      compare: 'ratio',
      target: 4,
      notes: [
        `baseline: a one-page blank PDF in the same Chromium; medians of ${sizes.runs}`,
        `first export, starting the browser and opening the print page: ${Math.round(first)} ms`,
      ],
    });
  } finally {
    await printing.close();
  }
}

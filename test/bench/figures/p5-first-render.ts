// P5: first meaningful render of the dashboard (the demo user's data, served by the web host):
// from navigation start to the first frame showing its cards with their data (DASHBOARD_READY),
// in a fresh browser context each time; against a blank Vite + React page served by the same web
// host, in the same browser, the two loaded in turn.
import type { Browser } from 'playwright-core';
import { startWebHost } from '../../../electron/web-host/server';
import { seedDemoPlan } from '../../support/demo-plan';
import { startPrintHost } from '../../support/print-host';
import { BLANK_READY, buildBlankReactPage } from '../lib/blank-react-page';
import { figure, medianInTurns, pairsFor, type Figure } from '../lib/figure';
import { freshDatabase } from '../lib/fresh-database';
import { loadUntilPainted } from '../lib/first-paint';
import type { BenchSizes } from '../lib/sizes';
import { DASHBOARD_READY } from './p4-bundle';

export async function firstRenderFigure(sizes: BenchSizes, browser: Browser, dir: string): Promise<Figure> {
  const blankDir = await buildBlankReactPage();
  const printing = await startPrintHost(await freshDatabase(dir, 'first-render.sqlite'));
  const blankHost = await startWebHost({ core: printing.core, rendererDir: blankDir });
  try {
    await seedDemoPlan(printing.core.router);
    // Dashboard and blank loads take turns, so a change in the machine's load during the figure
    // (another process's disk writes, a core taken away) falls on both, not on one of them.
    const pairs = pairsFor(sizes);
    const [dashboard, blank] = await medianInTurns(
      pairs,
      async () => (await loadUntilPainted(browser, printing.host.openUrl, DASHBOARD_READY)).paintedMs,
      async () => (await loadUntilPainted(browser, blankHost.openUrl, [BLANK_READY])).paintedMs,
    );
    return figure({
      id: 'P5',
      name: 'first meaningful render of the dashboard',
      unit: 'ms',
      measured: dashboard,
      baseline: blank,
      compare: 'ratio',
      target: 2,
      notes: [`navigation start to the first frame with the profile card, its salary standing and the progress cards vs a blank Vite + React page; medians of ${pairs}, the two pages' loads taking turns, a fresh context each`],
    });
  } finally {
    await blankHost.close();
    await printing.close();
  }
}

// P4: the gzip size of the renderer JavaScript loaded before the first screen shows: the app
// loaded in Chromium through the web host (the demo user's data), every JavaScript response
// until the dashboard's cards are painted with their data (DASHBOARD_READY), each gzipped here
// (level 9) and summed.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { seedDemoPlan } from '../../support/demo-plan';
import { startPrintHost } from '../../support/print-host';
import { figure, type Figure } from '../lib/figure';
import { freshDatabase } from '../lib/fresh-database';
import { loadUntilPainted, type Shown } from '../lib/first-paint';
import type { BenchSizes } from '../lib/sizes';

/**
 * The dashboard's first meaningful content, as a user sees it: the profile card with its salary
 * standing and the progress cards with their numbers, each drawn from data core sent (the hours
 * chart below them may still be loading chart.js).
 */
export const DASHBOARD_READY: readonly Shown[] = [
  { selector: 'h2', text: 'Where you are' },
  { selector: '[data-testid="standing"]', text: 'percentile' },
  { selector: '.stat-card h2', text: 'This week' },
  { selector: '.stat-card h2', text: 'Streak' },
];

export async function bundleFigure(_sizes: BenchSizes, browser: Browser, dir: string): Promise<Figure> {
  const printing = await startPrintHost(await freshDatabase(dir, 'bundle.sqlite'));
  try {
    await seedDemoPlan(printing.core.router);
    const loaded = await loadUntilPainted(browser, printing.host.openUrl, DASHBOARD_READY, { keepScripts: true });
    const sizes = loaded.scripts.map((s) => ({ name: path.basename(new URL(s.url).pathname), raw: s.body.length, gzip: gzipSync(s.body, { level: 9 }).length }));
    const gzipKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
    const rawKb = sizes.reduce((sum, s) => sum + s.raw, 0) / 1024;
    return figure({
      id: 'P4',
      name: 'renderer JS before the first screen, gzip',
      unit: 'KB',
      measured: gzipKb,
      baseline: 250,
      compare: 'value',
      target: 250,
      notes: [
        `${sizes.length} scripts, ${rawKb.toFixed(0)} KB before gzip`,
        ...sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 5).map((s) => `${s.name}: ${(s.gzip / 1024).toFixed(1)} KB gzip`),
      ],
    });
  } finally {
    await printing.close();
  }
}

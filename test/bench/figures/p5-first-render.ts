// P5: first meaningful render of the dashboard (seeded database, web host) against a blank Vite +
// React page served the same way. Slot for the renderer work of this issue: until it is measured
// here the bench reports it as skipped.
import type { Browser } from 'playwright-core';
import type { FigureResult } from '../lib/figure';
import { skipped } from '../lib/figure';
import type { BenchSizes } from '../lib/sizes';

export function firstRenderFigure(_sizes: BenchSizes, _browser: Browser): Promise<FigureResult> {
  return Promise.resolve(skipped('P5', 'first meaningful render of the dashboard', 'not measured yet'));
}

// P4: the gzip size of the renderer JavaScript loaded before the first screen shows. Slot for the
// renderer work of this issue: until it is measured here the bench reports it as skipped.
import type { Browser } from 'playwright-core';
import type { FigureResult } from '../lib/figure';
import { skipped } from '../lib/figure';
import type { BenchSizes } from '../lib/sizes';

export function bundleFigure(_sizes: BenchSizes, _browser: Browser): Promise<FigureResult> {
  return Promise.resolve(skipped('P4', 'renderer JS before the first screen, gzip', 'not measured yet'));
}

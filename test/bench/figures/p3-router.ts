// P3: what the router adds to a small query (input and output checked with zod, the result
// wrapped in its envelope) over calling the service directly: salary.getArea, a small input and
// a small answer from one indexed read through a statement prepared once (not profile.get: it
// reads the whole occupation list, whose milliseconds would bury the router's microseconds in
// noise). Before that statement was kept, drizzle prepared the lookup on every call: ~1 ms at
// load 17, which buried the router's overhead in the baseline's noise just the same.
import { findArea } from '../../../electron/core/services/salary';
import { VALID_PROFILE, openTempCore } from '../../support/temp-core';
import { figure, median, type Figure } from '../lib/figure';
import { freshDatabase } from '../lib/fresh-database';
import type { BenchSizes } from '../lib/sizes';

/** Calls per timed batch: one call is a few µs, below what one performance.now() pair resolves well. */
const BATCH = 200;

export async function routerFigure(sizes: BenchSizes, dir: string): Promise<Figure> {
  const core = await openTempCore(await freshDatabase(dir, 'router.sqlite'));
  try {
    const code = VALID_PROFILE.areaCode;
    if (!findArea(core.store.db, code)) throw new Error(`no area ${code} in the bundled data`);
    const batches = sizes.tiny ? 5 : 101;
    const batch = async (fn: () => unknown): Promise<number> => {
      const start = performance.now();
      for (let i = 0; i < BATCH; i++) await fn();
      return ((performance.now() - start) / BATCH) * 1000;
    };
    // Both awaited: the direct call pays the same microtask as the dispatch.
    const directCall = () => findArea(core.store.db, code) ?? null;
    const routedCall = async () => {
      const r = await core.router.dispatch('salary.getArea', { code });
      if (!r.ok) throw new Error(r.error.message);
    };
    // Batches alternate, so a burst of other work on the machine falls on both sides alike.
    const directTimes: number[] = [];
    const routedTimes: number[] = [];
    for (let b = 0; b <= batches; b++) {
      const d = await batch(directCall);
      const r = await batch(routedCall);
      if (b > 0) {
        // the first pair warms up
        directTimes.push(d);
        routedTimes.push(r);
      }
    }
    const direct = median(directTimes);
    const routed = median(routedTimes);
    return figure({
      id: 'P3',
      name: 'router dispatch of salary.getArea',
      unit: 'µs',
      measured: routed,
      baseline: direct,
      compare: 'overhead',
      target: 15,
      notes: [`median of ${batches} batches of ${BATCH} calls, per call`],
    });
  } finally {
    core.close();
  }
}

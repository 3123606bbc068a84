import fc from 'fast-check';
import { level, track } from './projection-input';

// fast-check arbitraries shared by the projection and learn-next property tests.

export const SKILLS = ['sql', 'docker', 'system-design', 'communication', 'kafka'] as const;
export const START = '2026-01-01';

/** Five increasing percentiles. */
export const bandValues = fc
  .tuple(fc.integer({ min: 20_000, max: 150_000 }), fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 4, maxLength: 4 }))
  .map(([p10, steps]) => {
    const out = [p10];
    for (const s of steps) out.push((out[out.length - 1] as number) + s);
    return out as [number, number, number, number, number];
  });

/** One track of 2–6 levels: band positions going up (10th–99th, so every anchor is above 0), typical years, expected skills. */
export const ladder = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 10, max: 99 }), { minLength: n, maxLength: n }).map((ps) => [...ps].sort((a, b) => a - b)),
      fc.array(fc.double({ min: 0.5, max: 6, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.uniqueArray(fc.tuple(fc.constantFrom(...SKILLS), fc.integer({ min: 1, max: 5 })), { maxLength: 3, selector: ([s]) => s }), {
        minLength: n,
        maxLength: n,
      }),
    ),
  )
  .map(([percentiles, years, skills]) =>
    track(
      'ic',
      percentiles.map((p, i) => level(`l${i}`, p, i === percentiles.length - 1 ? null : (years[i] as number), skills[i] as Array<[string, number]>)),
    ),
  );

/** The ISO date `days` after 1 January 2026 (START). */
export const isoPlusDays = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandBySql } from '../../../electron/core/services/salary-percentiles';
import { bandOf, percentileOfSorted } from '../../../shared/domain/percentiles';
import { openTempCore } from '../../support/temp-core';

describe('percentile method (linear interpolation between order statistics)', () => {
  it('matches values worked out by hand', () => {
    // n = 5: position (n − 1)·p = 4p.
    const five = [10, 20, 30, 40, 50];
    expect(percentileOfSorted(five, 0.1)).toBeCloseTo(14); // 0.4 → 10 + 0.4·10
    expect(percentileOfSorted(five, 0.25)).toBe(20); // 1.0 → v[1]
    expect(percentileOfSorted(five, 0.5)).toBe(30);
    expect(percentileOfSorted(five, 0.9)).toBeCloseTo(46); // 3.6 → 40 + 0.6·10
    // n = 4: position 3p; p50 → 1.5 → (20 + 30) / 2; p10 → 0.3 → 10 + 0.3·10.
    expect(percentileOfSorted([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentileOfSorted([10, 20, 30, 40], 0.1)).toBeCloseTo(13);
    expect(percentileOfSorted([7], 0.9)).toBe(7);
  });

  it('marks groups under 5 records as too few', () => {
    expect(bandOf([1, 2, 3, 4])).toBeNull();
    expect(bandOf([5, 1, 4, 2, 3])).toEqual({ p10: 1.4, p25: 2, p50: 3, p75: 4, p90: 4.6 });
  });
});

describe('SQL path', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  beforeAll(async () => {
    core = await openTempCore();
    core.store.sqlite
      .prepare("INSERT INTO salary_datasets (id, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES ('t', 't', '', '', '', 1, 0, 'user', '', '')")
      .run();
  });
  afterAll(() => core.dispose());

  it('agrees with the in-memory path on any group', () => {
    const insert = core.store.sqlite.prepare(
      "INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency) VALUES ('t', 0, '', '', ?, ?, 'USD')",
    );
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 5, maxLength: 60 }), (values) => {
        const area = `g${run++}`;
        for (const v of values) insert.run(area, v);
        const sqlBand = bandBySql(core.store.sqlite, 'dataset_id = ? AND area = ?', ['t', area], values.length);
        const memoryBand = bandOf(values);
        expect(memoryBand).not.toBeNull();
        for (const key of ['p10', 'p25', 'p50', 'p75', 'p90'] as const) expect(sqlBand[key]).toBeCloseTo(memoryBand?.[key] ?? NaN, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('reads percentiles through an index, never a sort of the table', () => {
    const plan = core.store.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT total FROM salary_records WHERE dataset_id = 't' AND area = 'x' ORDER BY total DESC LIMIT 2 OFFSET 3")
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/USING (COVERING )?INDEX salary_records_area/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialBandsSql } from '../../../electron/core/services/salary-explorer';
import { LOWER_VALUES_SQL, UPPER_VALUES_SQL, datasetBand, datasetPercentiles } from '../../../electron/core/services/salary-percentiles';
import { TOTALS_SQL, distinctGroupsSql, groupedScanSql, numberedGroupsSql, packedGroupsSql, sampledGroupsSql } from '../../../electron/core/services/salary-grouped-bands';
import { bandOf, percentileOfSorted } from '@shared/domain/percentiles';
import { openTempCore } from '../../support/temp-core';

/**
 * An independent reference, written here and sharing no code with the app: numpy's "linear"
 * method as a weighted mean of the two order statistics around the 1-based rank 1 + (n − 1)·p.
 */
function reference(values: readonly number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  const rank = 1 + (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const weight = rank - below;
  return (sorted[below - 1] as number) * (1 - weight) + (sorted[above - 1] as number) * weight;
}
const FRACTIONS = { p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9 } as const;
const KEYS = Object.keys(FRACTIONS) as (keyof typeof FRACTIONS)[];

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

  it('agrees with the independent reference on any values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 5, maxLength: 80 }), (values) => {
        const band = bandOf(values);
        for (const key of KEYS) expect(band?.[key]).toBeCloseTo(reference(values, FRACTIONS[key]), 6);
      }),
    );
  });
});

describe('SQL paths', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  let run = 0;
  const AREAS = ['Austin', 'Boise', 'Chicago'];
  const LEVELS = ['junior', 'senior'];

  beforeAll(async () => {
    core = await openTempCore();
  });
  afterAll(() => core.dispose());

  /** A fresh "ready" user dataset holding these records; returns its internal id and key. */
  function dataset(records: readonly { area: string; level: string; total: number }[]): { id: number; key: string } {
    const key = `user-test-${run++}`;
    const sqlite = core.store.sqlite;
    const id = sqlite
      .prepare(
        "INSERT INTO salary_datasets (key, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES (?, ?, '', '', '', 1, 0, 'user', '', '') RETURNING id",
      )
      .pluck()
      .get(key, key) as number;
    const insert = sqlite.prepare(
      "INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency) VALUES (?, 0, 'Dev', ?, ?, ?, 'USD')",
    );
    sqlite.transaction(() => records.forEach((r) => insert.run(id, r.level, r.area, r.total)))();
    return { id, key };
  }

  const record = fc.record({
    area: fc.constantFrom(...AREAS),
    level: fc.constantFrom(...LEVELS),
    total: fc.integer({ min: 0, max: 10_000_000 }),
  });

  it('a whole dataset read with two indexed lookups per percentile agrees with the reference', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 5, maxLength: 60 }), (records) => {
        const { id } = dataset(records);
        const band = datasetBand(core.store.sqlite, id, records.length);
        const totals = records.map((r) => r.total);
        for (const key of KEYS) expect(band[key]).toBeCloseTo(reference(totals, FRACTIONS[key]), 6);
      }),
      { numRuns: 80 },
    );
  });

  it('grouped percentiles from one ordered pass agree with the reference for every group', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 80 }), (records) => {
        const { key } = dataset(records);
        const result = datasetPercentiles(core.store.sqlite, key, ['area', 'level']);
        expect(result.recordCount).toBe(records.length);
        const expected = new Map<string, number[]>();
        for (const r of records) expected.set(`${r.area} · ${r.level}`, [...(expected.get(`${r.area} · ${r.level}`) ?? []), r.total]);
        expect(result.groups.map((g) => g.label).sort()).toEqual([...expected.keys()].sort());
        for (const group of result.groups) {
          const totals = expected.get(group.label) ?? [];
          expect(group.count).toBe(totals.length);
          expect(group.tooFew).toBe(totals.length < 5);
          if (totals.length >= 5) for (const k of KEYS) expect(group[k]).toBeCloseTo(reference(totals, FRACTIONS[k]), 6);
        }
        // Largest groups first.
        const counts = result.groups.map((g) => g.count);
        expect(counts).toEqual([...counts].sort((a, b) => (b ?? 0) - (a ?? 0)));
      }),
      { numRuns: 60 },
    );
  });

  it('takes a whole dataset’s size from its import record instead of counting its records', () => {
    const records = [10, 20, 30, 40, 50, 60].map((total) => ({ area: 'Austin', level: 'junior', total }));
    const { id, key } = dataset(records);
    core.store.sqlite
      .prepare("INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note, encoding, delimiter, mapping) VALUES (?, 'f.csv', '', '', 6, 1, 1, '', 'utf-8', ',', '{}')")
      .run(id);
    const prepare = vi.spyOn(core.store.sqlite, 'prepare');
    try {
      expect(datasetPercentiles(core.store.sqlite, key, [])).toMatchObject({ recordCount: 6, groups: [{ count: 6, p50: 35 }] });
      expect(prepare.mock.calls.map(([sql]) => sql).filter((sql) => /COUNT\(/i.test(sql))).toEqual([]);
    } finally {
      prepare.mockRestore();
    }
  });

  /** The plan of a query exactly as production prepares it, with real parameter values bound. */
  const plan = (sql: string, ...params: unknown[]) =>
    (core.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join('\n');

  it('reads percentiles through the pay index, never a sort or a table scan', () => {
    const { id } = dataset([{ area: 'Austin', level: 'junior', total: 1 }]);
    for (const sql of [LOWER_VALUES_SQL, UPPER_VALUES_SQL]) {
      const details = plan(sql, id, 2, 3);
      expect(details).toMatch(/USING COVERING INDEX salary_records_pay/);
      expect(details).not.toMatch(/TEMP B-TREE|SCAN salary_records\b(?! USING)/);
    }
    for (const columns of [['area'], ['area', 'level'], ['area', 'level', 'title', 'year']]) {
      const details = plan(groupedScanSql(columns), id);
      expect(details).toMatch(/USING COVERING INDEX salary_records_pay/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    }
    // The numbered passes: pay and group packed, or the group numbers and then the totals, each in pay order without a sort.
    const terms = ["(CASE area WHEN ? THEN 0 END) * 2", '(CASE WHEN level IS NULL THEN 1 ELSE CASE level WHEN ? THEN 0 END END) * 1'];
    const packed = [packedGroupsSql(terms), ['Austin', 'junior', 'Austin', 'junior', id]] as const;
    for (const [sql, params] of [packed, [numberedGroupsSql(terms), ['Austin', 'junior', id]], [TOTALS_SQL, [id]]] as const) {
      const details = plan(sql, ...params);
      expect(details).toMatch(/^SEARCH salary_records USING COVERING INDEX salary_records_pay \(dataset_id=\?\)$/);
    }
    // Learning the groups' values: from the two ends of the pay index (sorting only what they read), or all of it.
    expect(plan(sampledGroupsSql(['area', 'level']), id, 10, id, 10)).toMatch(/SEARCH salary_records USING COVERING INDEX salary_records_pay[^|]*\n(.*\n)*.*SEARCH salary_records USING COVERING INDEX salary_records_pay/);
    expect(plan(distinctGroupsSql(['area', 'level'], 64), id)).toBe('SEARCH salary_records USING COVERING INDEX salary_records_pay (dataset_id=?)\nUSE TEMP B-TREE FOR DISTINCT');
  });

  it('finds official bands through an index on the areas asked for, never a scan of every band', () => {
    const details = plan(officialBandsSql(3), '15-1252', '0041860', '53', '0000000');
    expect(details).toMatch(/SEARCH b USING INDEX salary_bands_(lookup|area)/);
    expect(details).not.toMatch(/SCAN b\b/);
  });
});

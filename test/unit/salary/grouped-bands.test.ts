import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PACK, TOTALS_SQL, groupedBands, groupedScanSql, type Cell, type GroupedBandsOptions } from '../../../electron/core/services/salary-grouped-bands';
import { openTempCore } from '../../support/temp-core';

/** numpy's "linear" percentile, written independently of the app. */
function reference(values: readonly number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  const rank = 1 + (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const weight = rank - below;
  return (sorted[below - 1] as number) * (1 - weight) + (sorted[Math.ceil(rank) - 1] as number) * weight;
}
const FRACTIONS = { p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9 } as const;
const KEYS = Object.keys(FRACTIONS) as (keyof typeof FRACTIONS)[];

interface Rec {
  area: string;
  level: string;
  title: string;
  year: number | null;
  total: number;
}

describe('grouped bands', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  let run = 0;
  beforeAll(async () => {
    core = await openTempCore();
  });
  afterAll(() => core.dispose());

  function dataset(records: readonly Rec[], sqlite = core.store.sqlite): number {
    const id = sqlite
      .prepare("INSERT INTO salary_datasets (key, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES (?, 'g', '', '', '', 1, 0, 'user', '', '') RETURNING id")
      .pluck()
      .get(`user-grouped-${run++}`) as number;
    const insert = sqlite.prepare("INSERT INTO salary_records (dataset_id, row_number, title, level, area, year, total, currency) VALUES (?, 0, ?, ?, ?, ?, ?, 'USD')");
    sqlite.transaction(() => records.forEach((r) => insert.run(id, r.title, r.level, r.area, r.year, r.total)))();
    return id;
  }

  // Few values and many ties, so groups, ties on total and NULL years all come up.
  const recordPaid = (total: fc.Arbitrary<number>) =>
    fc.record({
      area: fc.constantFrom('Austin', 'Boise', 'Chicago', ''),
      level: fc.constantFrom('junior', 'senior'),
      title: fc.constantFrom('Dev', 'SRE', 'Data'),
      year: fc.constantFrom(null, 2021, 2022),
      total,
    });
  const whole = fc.integer({ min: 0, max: 40 }).map((t) => t * 2500);
  /** Whole pay packs with the group number; pay in cents does not, in a few records or in many. */
  const PAY: Record<string, fc.Arbitrary<Rec[]>> = {
    'whole pay': fc.array(recordPaid(whole), { minLength: 1, maxLength: 90 }),
    'some pay in cents': fc.array(recordPaid(fc.oneof({ arbitrary: whole, weight: 9 }, { arbitrary: whole.map((t) => t + 0.25), weight: 1 })), { minLength: 1, maxLength: 90 }),
    'pay in cents': fc.array(recordPaid(whole.map((t) => t + 0.37)), { minLength: 1, maxLength: 90 }),
  };
  const COLUMNS: (keyof Omit<Rec, 'total'>)[][] = [['area'], ['area', 'level'], ['level', 'year'], ['area', 'level', 'title', 'year']];

  /** Each way to the answer: the ends of the pay order knowing every value, knowing almost none (looked up by id, or everything numbered again), and the Map pass. */
  const WAYS: Record<string, GroupedBandsOptions> = {
    'values from the ends': {},
    'values looked up by id': { sampleRows: 1 },
    'numbered again after a poor guess': { sampleRows: 1, numberUpTo: 2 },
    'the Map pass': { numberUpTo: 0 },
  };

  for (const [way, options] of Object.entries(WAYS)) {
    for (const [pay, recordsOf] of Object.entries(PAY)) {
      it(`${way}, ${pay}: every group, its count and its band agree with the reference`, () => {
        fc.assert(
          fc.property(recordsOf, fc.constantFrom(...COLUMNS), (records, columns) => {
            const id = dataset(records);
            const got = groupedBands(core.store.sqlite, id, columns, options);
            const expected = new Map<string, { cells: Cell[]; totals: number[] }>();
            for (const r of records) {
              const cells = columns.map((c) => r[c]);
              const key = JSON.stringify(cells);
              const entry = expected.get(key) ?? { cells, totals: [] };
              entry.totals.push(r.total);
              expected.set(key, entry);
            }
            expect(got.map((g) => JSON.stringify(g.cells)).sort()).toEqual([...expected.keys()].sort());
            for (const g of got) {
              const { totals } = expected.get(JSON.stringify(g.cells)) ?? { totals: [] };
              expect(g.count).toBe(totals.length);
              expect(g.band === null).toBe(totals.length < 5);
              if (g.band) for (const k of KEYS) expect(g.band[k]).toBeCloseTo(reference(totals, FRACTIONS[k]), 6);
            }
          }),
          { numRuns: 40 },
        );
      });
    }
  }

  /** The SQL `groupedBands` prepares, by kind. */
  function statementsOf(work: () => void, sqlite = core.store.sqlite): string[] {
    const prepare = vi.spyOn(sqlite, 'prepare');
    try {
      work();
      return prepare.mock.calls.map(([sql]) => {
        if (sql === TOTALS_SQL) return 'totals';
        if (sql === groupedScanSql(['level'])) return 'map pass';
        if (sql.startsWith('SELECT DISTINCT')) return 'every group';
        if (sql.startsWith('SELECT MAX(id)')) return 'last id';
        if (sql.includes('UNION')) return 'ends';
        if (sql.includes('WHERE id = ?')) return 'by id';
        if (sql.startsWith('SELECT COALESCE(CASE WHEN total')) return 'packed';
        return sql.startsWith('SELECT COALESCE(') ? 'numbers' : sql;
      });
    } finally {
      prepare.mockRestore();
    }
  }

  const at = (level: string, total: number): Rec => ({ area: 'Austin', level, title: 'Dev', year: null, total });
  // Seniors at both ends of the pay order, juniors only in the middle: the ends show one level.
  const middle = (pay: (i: number) => number) => [at('senior', 1), ...Array.from({ length: 8 }, (_, i) => at('junior', pay(i))), at('senior', 100)];
  const bandsOf = (got: ReturnType<typeof groupedBands>) => got.map((g) => [g.cells, g.count, g.band?.p50]);

  it('packs whole pay with the group number in one pass, looking the few records of a value the ends did not show up by id', () => {
    const id = dataset(middle((i) => 10 + i));
    let got: ReturnType<typeof groupedBands> = [];
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, id, ['level'], { sampleRows: 1 })))).toEqual(['ends', 'last id', 'packed', 'by id']);
    expect(bandsOf(got)).toEqual([
      [['senior'], 2, undefined],
      [['junior'], 8, 13.5],
    ]);
  });

  it('looks up by id, in the packed pass, the few records whose pay is not whole', () => {
    // The ends (two records each) show both levels, with whole pay; the juniors between are paid in cents.
    const records = [at('senior', 1), at('junior', 2), ...Array.from({ length: 8 }, (_, i) => at('junior', 10.25 + i)), at('junior', 98), at('senior', 100)];
    const id = dataset(records);
    let got: ReturnType<typeof groupedBands> = [];
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, id, ['level'], { sampleRows: 2 })))).toEqual(['ends', 'last id', 'packed', 'by id']);
    expect(bandsOf(got)).toEqual(
      expect.arrayContaining([
        [['junior'], 10, 13.75],
        [['senior'], 2, undefined],
      ]),
    );
  });

  it('reads pay that is not whole in two passes: at once when the ends show it, after the packed pass when it is too common there', () => {
    const cents = dataset(middle((i) => 10 + i).map((r) => ({ ...r, total: r.total + 0.5 })));
    let got: ReturnType<typeof groupedBands> = [];
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, cents, ['level'])))).toEqual(['ends', 'last id', 'numbers', 'totals']);
    expect(bandsOf(got)).toEqual([
      [['junior'], 8, 14],
      [['senior'], 2, undefined],
    ]);
    const wholeEnds = dataset(middle((i) => 10.5 + i));
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, wholeEnds, ['level'], { sampleRows: 1, numberUpTo: 2 })))).toEqual([
      'ends',
      'last id',
      'packed',
      'every group',
      'packed',
      'numbers',
      'totals',
    ]);
    expect(bandsOf(got)).toEqual(expect.arrayContaining([[['junior'], 8, 14]]));
  });

  it('does not pack pay too large to share a double with the group number', () => {
    const big = 2 ** 53 / PACK;
    const id = dataset(Array.from({ length: 5 }, (_, i) => at('senior', big + 2 * i)));
    let got: ReturnType<typeof groupedBands> = [];
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, id, ['level'])))).toEqual(['ends', 'last id', 'numbers', 'totals']);
    expect(bandsOf(got)).toEqual([[['senior'], 5, big + 4]]);

  });

  it('does not pack the ids of a database whose ids run past what a double holds beside the group number', async () => {
    // A core of its own: the ids after this one stay as large.
    const own = await openTempCore();
    try {
      const sqlite = own.store.sqlite;
      const id = dataset(
        Array.from({ length: 5 }, (_, i) => at('senior', 100 + i)),
        sqlite,
      );
      sqlite.prepare("INSERT INTO salary_records (id, dataset_id, row_number, title, level, area, total, currency) VALUES (?, ?, 0, 'Dev', 'x', 'Austin', 1, 'USD')").run(2 ** 53 / PACK, id);
      let got: ReturnType<typeof groupedBands> = [];
      expect(statementsOf(() => (got = groupedBands(sqlite, id, ['level'])), sqlite)).toEqual(['ends', 'last id', 'numbers', 'totals']);
      expect(bandsOf(got)).toEqual([
        [['senior'], 5, 102],
        [['x'], 1, undefined],
      ]);
    } finally {
      own.dispose();
    }
  });

  it('reads every group and numbers again when the ends missed too many records', () => {
    const id = dataset(middle((i) => 10 + i));
    let got: ReturnType<typeof groupedBands> = [];
    expect(statementsOf(() => (got = groupedBands(core.store.sqlite, id, ['level'], { sampleRows: 1, numberUpTo: 2 })))).toEqual([
      'ends',
      'last id',
      'packed',
      'every group',
      'packed',
    ]);
    expect(got.map((g) => [g.cells, g.count])).toEqual(expect.arrayContaining([[['junior'], 8], [['senior'], 2]]));
  });
});

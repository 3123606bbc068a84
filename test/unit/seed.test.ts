import Papa from 'papaparse';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../electron/core/db/store';
import { seedBundledData } from '../../electron/core/seed';
import { BUNDLED_DATASETS } from '../../electron/core/seed/manifest';
import { DATA_DIR, MIGRATIONS_DIR, tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function freshStore(): Promise<Store> {
  const t = tempDir();
  const store = await openStore(path.join(t.dir, 'db.sqlite'), { migrationsDir: MIGRATIONS_DIR });
  cleanups.push(() => {
    store.close();
    t.remove();
  });
  return store;
}

/** Read the CSVs independently of the seed code, with papaparse's own header handling. */
function csvRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path.join(DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const count = (store: Store, sql: string, ...params: unknown[]) => (store.sqlite.prepare(sql).get(...params) as { n: number }).n;

describe('seeding bundled data', () => {
  it('loads every BLS row once (national rows shared by metro and state files kept once) and the article ranges', async () => {
    const store = await freshStore();
    const report = seedBundledData(store.sqlite, DATA_DIR);
    expect(report.loaded).toEqual(['bls-oews-2025', 'article-city-ranges']);

    const metro = [...csvRows('oews-software-developers-msa.csv'), ...csvRows('oews-tech-occupations-msa.csv')];
    const state = [...csvRows('oews-software-developers-state.csv'), ...csvRows('oews-tech-occupations-state.csv')];
    const expected = metro.length + state.filter((r) => r.area_type !== 'national').length;
    expect(count(store, "SELECT COUNT(*) AS n FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'bls-oews-2025')")).toBe(expected);
    expect(count(store, "SELECT COUNT(DISTINCT occupation_code) AS n FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'bls-oews-2025')")).toBe(
      new Set(metro.map((r) => r.occ_code)).size,
    );
    expect(count(store, "SELECT COUNT(*) AS n FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'article-city-ranges')")).toBe(
      csvRows('article-city-ranges.csv').length,
    );
  });

  it('keeps unpublished BLS cells as null, never 0, and the published figures exactly', async () => {
    const store = await freshStore();
    seedBundledData(store.sqlite, DATA_DIR);
    const alaska = store.sqlite
      .prepare("SELECT employment, p10, p50, p90, mean FROM salary_bands WHERE area_code = '0200000' AND occupation_code = '15-1252'")
      .get();
    expect(alaska).toEqual({ employment: 530, p10: null, p50: null, p90: null, mean: null });
    const nation = store.sqlite
      .prepare("SELECT p10, p25, p50, p75, p90, mean FROM salary_bands WHERE area_code = '0000000' AND occupation_code = '15-1252'")
      .get();
    expect(nation).toEqual({ p10: 82460, p25: 105210, p50: 135980, p75: 171980, p90: 214670, mean: 148100 });
    expect(count(store, 'SELECT COUNT(*) AS n FROM salary_bands WHERE p50 = 0 OR p10 = 0')).toBe(0);
  });

  it('places the article ranges on the mapped metros and marks the dataset as an unsourced claim', async () => {
    const store = await freshStore();
    seedBundledData(store.sqlite, DATA_DIR);
    expect(store.sqlite.prepare("SELECT standing FROM salary_datasets WHERE key = 'article-city-ranges'").get()).toEqual({
      standing: 'unsourced-claim',
    });
    expect(
      store.sqlite.prepare("SELECT area_code, range_low, range_high, p50 FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'article-city-ranges') ORDER BY range_high DESC").all(),
    ).toEqual([
      { area_code: '0041860', range_low: 105000, range_high: 180000, p50: null },
      { area_code: '0035620', range_low: 100000, range_high: 175000, p50: null },
      { area_code: '0042660', range_low: 95000, range_high: 170000, p50: null },
    ]);
  });

  it('inserts nothing on a second start', async () => {
    const store = await freshStore();
    seedBundledData(store.sqlite, DATA_DIR);
    const before = store.sqlite.prepare('SELECT MAX(id) AS maxId, COUNT(*) AS n FROM salary_bands').get();
    const report = seedBundledData(store.sqlite, DATA_DIR);
    expect(report).toEqual({ loaded: [], unchanged: ['bls-oews-2025', 'article-city-ranges'] });
    expect(store.sqlite.prepare('SELECT MAX(id) AS maxId, COUNT(*) AS n FROM salary_bands').get()).toEqual(before);
  });

  it('reloads only a dataset whose version changed, and never touches user datasets', async () => {
    const store = await freshStore();
    seedBundledData(store.sqlite, DATA_DIR);
    store.sqlite.exec(`INSERT INTO salary_datasets (id, key, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
      VALUES (100, 'user-1', 'Offers', 'me', 'mine', 'me', 2026, 1, 0, 'user', '', '2026-01-01')`);
    store.sqlite.exec(`INSERT INTO salary_bands (dataset_id, occupation_code, occupation_title, area_code, area_name, area_type, state, currency)
      VALUES (100, '15-1252', 'Dev', '0000000', 'US', 'national', '', 'USD')`);
    const articleIds = store.sqlite.prepare("SELECT id FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'article-city-ranges')").all();

    const bumped = BUNDLED_DATASETS.map((d) => (d.id === 'bls-oews-2025' ? { ...d, version: d.version + 1 } : d));
    expect(seedBundledData(store.sqlite, DATA_DIR, bumped).loaded).toEqual(['bls-oews-2025']);
    expect(store.sqlite.prepare("SELECT version FROM salary_datasets WHERE key = 'bls-oews-2025'").get()).toEqual({ version: 2 });
    expect(count(store, "SELECT COUNT(*) AS n FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'user-1')")).toBe(1);
    expect(store.sqlite.prepare("SELECT id FROM salary_bands WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = 'article-city-ranges')").all()).toEqual(articleIds);
  });

  it('rejects a malformed bundled file with file, line and column, and writes nothing', async () => {
    const store = await freshStore();
    const t = tempDir();
    cleanups.push(t.remove);
    cpSync(DATA_DIR, t.dir, { recursive: true });
    const file = path.join(t.dir, 'oews-tech-occupations-state.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[5] = (lines[5] ?? '').replace(/,(\d+),(\d+)$/, ',lots,$2');
    writeFileSync(file, lines.join('\n'));
    expect(() => seedBundledData(store.sqlite, t.dir)).toThrow(/oews-tech-occupations-state\.csv, line 6, column p90: "lots" is not a whole number/);
    expect(count(store, 'SELECT COUNT(*) AS n FROM salary_bands')).toBe(0);
    expect(count(store, 'SELECT COUNT(*) AS n FROM salary_datasets')).toBe(0);
  });
});

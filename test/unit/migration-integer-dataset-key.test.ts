import Database from 'better-sqlite3';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/store';
import { MIGRATIONS_DIR, openTempCore, tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The migrations an app build of schema 3 shipped: everything before the integer dataset key. */
function schemaThreeMigrations(dir: string): string {
  const old = path.join(dir, 'old-migrations');
  cpSync(MIGRATIONS_DIR, old, { recursive: true });
  const journalFile = path.join(old, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const keep = journal.entries.findIndex((e) => e.tag.endsWith('_integer_dataset_key'));
  expect(keep).toBeGreaterThan(0);
  for (const e of journal.entries.slice(keep)) rmSync(path.join(old, `${e.tag}.sql`));
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, keep) }));
  return old;
}

describe('migration to an integer dataset key', () => {
  it('converts a database made by the previous schema, imported records and bundled bands included', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const file = path.join(t.dir, 'trajectory.sqlite');
    const old = await openStore(file, { migrationsDir: schemaThreeMigrations(t.dir) });
    const sqlite = old.sqlite;
    // As the previous app wrote them: text dataset ids everywhere.
    sqlite.exec(`INSERT INTO salary_datasets (id, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at) VALUES
      ('bls-oews-2025', 'BLS', 'BLS', 'PD', 'BLS', 2025, 1, 1, 'official', 'p', '2026-01-01'),
      ('article-city-ranges', 'Article', 'A', 'q', 'a', NULL, 1, 1, 'unsourced-claim', 'p', '2026-01-01'),
      ('user-5f0c', 'My offers', 'You (imported file)', 'Your own data', 'File a.csv', NULL, 1, 0, 'user', 'prov', '2026-02-01')`);
    sqlite.exec(`INSERT INTO salary_bands (dataset_id, occupation_code, occupation_title, area_code, area_name, area_type, state, p50, currency)
      VALUES ('bls-oews-2025', '15-1252', 'Software Developers', '0000000', 'U.S.', 'national', '', 135980, 'USD')`);
    const insert = sqlite.prepare(
      "INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency) VALUES ('user-5f0c', ?, 'Dev', ?, 'Seattle', ?, 'USD')",
    );
    for (let i = 0; i < 12; i++) insert.run(i + 2, i % 2 ? 'senior' : 'mid', 100_000 + i * 10_000);
    sqlite.exec(`INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note, encoding, delimiter, mapping)
      VALUES ('user-5f0c', 'a.csv', 'abc', '2026-02-01T00:00:00.000Z', 12, 1, 1, '', 'utf-8', ',', '{}')`);
    old.close();

    const core = await openTempCore(file);
    cleanups.unshift(() => core.close());
    const db = core.store.sqlite;
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.store.backupPath).not.toBeNull();
    const datasets = db.prepare('SELECT id, key, status FROM salary_datasets ORDER BY id').all() as { id: number; key: string; status: string }[];
    expect(datasets.map((d) => d.key).sort()).toEqual(['article-city-ranges', 'bls-oews-2025', 'user-5f0c']);
    expect(datasets.every((d) => Number.isInteger(d.id) && d.status === 'ready')).toBe(true);
    const mine = datasets.find((d) => d.key === 'user-5f0c');
    expect(db.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(mine?.id)).toBe(12);
    expect(db.prepare('SELECT typeof(dataset_id) FROM salary_records GROUP BY 1').pluck().all()).toEqual(['integer']);
    expect(db.prepare('SELECT typeof(dataset_id) FROM salary_imports GROUP BY 1').pluck().all()).toEqual(['integer']);

    // Through the contract, the dataset keeps its public id, and its figures are read as before.
    const listed = await core.router.dispatch('data.listDatasets', undefined);
    expect(listed.ok && (listed.value as { id: string; rowCount: number }[]).find((d) => d.id === 'user-5f0c')).toMatchObject({ rowCount: 12 });
    const bands = await core.router.dispatch('salary.bands', { occupationCode: '15-1252', areaCodes: ['0000000'] });
    expect(bands).toMatchObject({ ok: true, value: [{ datasetId: 'bls-oews-2025', p50: 135980 }] });
    const byLevel = await core.router.dispatch('salary.percentiles', { datasetId: 'user-5f0c', groupBy: ['level'] });
    expect(byLevel).toMatchObject({ ok: true, value: { recordCount: 12, groups: [{ count: 6 }, { count: 6 }] } });

    const backup = new Database(core.store.backupPath ?? '', { readonly: true });
    expect(backup.prepare("SELECT COUNT(*) FROM salary_records WHERE dataset_id = 'user-5f0c'").pluck().get()).toBe(12);
    backup.close();
  });
});

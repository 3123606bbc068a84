import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../../electron/core/db/store';
import { migrationsFolder } from '../../support/migrations-folder';
import { MIGRATIONS_DIR } from '../../support/temp-core';
import { dbFileIn, type CrashOperation } from '../operation';
import { backupsFolder, databaseState } from './state';

/** The older app: schema 3, before 0003 rebuilt the salary tables around an integer dataset key. */
const OLD_SCHEMA = 3;

const expectedBackupIn = (dir: string) => path.join(dir, 'expected-backup.json');

/**
 * The folder's state: the database, and which files under a backup name are NOT a whole copy of
 * the database as it was before the migration (must be none: a backup cut short stays `.partial`).
 */
function stateOf(dir: string) {
  const dbFile = dbFileIn(dir);
  const expected = readFileSync(expectedBackupIn(dir), 'utf8');
  const badBackups = backupsFolder(dbFile).named.filter((file) => JSON.stringify(databaseState(file)) !== expected).map((f) => path.basename(f));
  return { main: databaseState(dbFile), badBackups };
}

export const migration: CrashOperation = {
  async prepare(dir, records) {
    const old = migrationsFolder(path.join(dir, 'old-migrations'), { keep: OLD_SCHEMA });
    const store = await openStore(dbFileIn(dir), { migrationsDir: old.dir });
    const sqlite = store.sqlite;
    // What an app of that schema wrote: text dataset ids, bundled bands and an import of `records` rows.
    sqlite.exec(`
      INSERT INTO profile (id, occupation_code, area_code, career_level, years_experience, current_salary, currency, hours_per_week, horizon_years, updated_at)
        VALUES (1, '15-1252', '0041860', 'mid', 4, 150000, 'USD', 6, 5, '2026-01-01');
      INSERT INTO salary_datasets (id, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at) VALUES
        ('bls-oews-2025', 'BLS', 'BLS', 'PD', 'BLS', 2025, 1, 1, 'official', 'p', '2026-01-01'),
        ('user-5f0c', 'My offers', 'You (imported file)', 'Your own data', 'File a.csv', NULL, 1, 0, 'user', 'prov', '2026-02-01');
      INSERT INTO salary_bands (dataset_id, occupation_code, occupation_title, area_code, area_name, area_type, state, p50, currency)
        VALUES ('bls-oews-2025', '15-1252', 'Software Developers', '0000000', 'U.S.', 'national', '', 135980, 'USD');
      INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note, encoding, delimiter, mapping)
        VALUES ('user-5f0c', 'a.csv', 'abc', '2026-02-01T00:00:00.000Z', ${records}, 4, 10, '', 'utf-8', ',', '{}');`);
    const insert = sqlite.prepare(
      "INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency, note) VALUES ('user-5f0c', ?, ?, ?, ?, ?, 'USD', ?)",
    );
    sqlite.transaction(() => {
      for (let i = 0; i < records; i++) insert.run(i + 2, `Title ${i % 4}`, i % 2 ? 'senior' : 'mid', `Area ${i % 10}`, 90_000 + ((i * 7919) % 150_000), `note ${i}`);
    })();
    store.close();
    rmSync(old.dir, { recursive: true });
    writeFileSync(expectedBackupIn(dir), JSON.stringify(databaseState(dbFileIn(dir))));
  },

  // The real start-up path: a backup into the backups folder, then the pending migrations.
  async run(dir, report) {
    report.ready();
    report.started();
    const store = await openStore(dbFileIn(dir), { migrationsDir: MIGRATIONS_DIR });
    store.close();
  },

  async observe(dir) {
    const state = stateOf(dir);
    const folder = backupsFolder(dbFileIn(dir));
    const notMigrated = 'dump' in state.main && state.main.dump.userVersion === OLD_SCHEMA;
    const evidence = [
      folder.named.length > 0 && notMigrated ? 'pre-migration backup taken, migration not committed' : '',
      folder.other.length > 0 ? `left in backups/: ${folder.other.join(', ')}` : '',
    ].filter(Boolean);
    return { state, evidence: evidence.join('; ') || null };
  },

  /** The next start must finish the migration (and may take another backup first). */
  async recover(dir) {
    (await openStore(dbFileIn(dir), { migrationsDir: MIGRATIONS_DIR })).close();
    return stateOf(dir);
  },
};

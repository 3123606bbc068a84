import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { takeBackup } from '../../../electron/core/db/backup';
import { openStore } from '../../../electron/core/db/store';
import { MIGRATIONS_DIR, openTempCore } from '../../support/temp-core';
import { dbFileIn, type CrashOperation } from '../operation';
import { backupsFolder, databaseState } from './state';

const mainStateIn = (dir: string) => path.join(dir, 'main-state.json');

/**
 * The main database (never changed by a backup) and each file under a backup name, which must be
 * a whole copy of it; a `.partial` cut short is not a backup (the listing ignores it).
 */
function stateOf(dir: string) {
  const dbFile = dbFileIn(dir);
  const main = JSON.stringify(databaseState(dbFile));
  return {
    mainUnchanged: main === readFileSync(mainStateIn(dir), 'utf8'),
    backups: backupsFolder(dbFile).named.map((file) => (JSON.stringify(databaseState(file)) === main ? 'whole copy' : `${path.basename(file)}: not a whole copy`)),
  };
}

export const backup: CrashOperation = {
  async prepare(dir, records) {
    // A seeded database with an imported dataset of `records` rows, so the copy takes many steps.
    const core = await openTempCore(dbFileIn(dir));
    const sqlite = core.store.sqlite;
    const datasetId = sqlite
      .prepare(`INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
        VALUES ('user-backup', 'ready', 'Mine', 'You', 'Yours', 'a.csv', NULL, 1, 0, 'user', '', '2026-01-01') RETURNING id`)
      .pluck()
      .get() as number;
    const insert = sqlite.prepare("INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency, note) VALUES (?, ?, ?, 'mid', ?, ?, 'USD', ?)");
    sqlite.transaction(() => {
      for (let i = 0; i < records; i++) insert.run(datasetId, i + 2, `Title ${i % 7}`, `Area ${i % 13}`, 80_000 + i, `a note for row ${i}`);
    })();
    core.close();
    writeFileSync(mainStateIn(dir), JSON.stringify(databaseState(dbFileIn(dir))));
  },

  // An on-demand backup through db/backup.ts (SQLite's online backup API, then a rename).
  async run(dir, report) {
    const store = await openStore(dbFileIn(dir), { migrationsDir: MIGRATIONS_DIR });
    report.ready();
    report.started();
    await takeBackup(store.sqlite, store.file, 'manual', store.schemaVersion);
    store.close();
  },

  async observe(dir) {
    const left = backupsFolder(dbFileIn(dir)).other;
    return { state: stateOf(dir), evidence: left.length > 0 ? `left in backups/: ${left.join(', ')}` : null };
  },
};

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { exportPersonalDataToFile, importPersonalDataFile } from '../../../electron/core/services/personal-data/file';
import { VALID_PROFILE, openTempCore } from '../../support/temp-core';
import { dbFileIn, type CrashOperation } from '../operation';
import { databaseState } from './state';

const exportFileIn = (dir: string) => path.join(dir, 'personal-data.json');

/** A profile, goals and an imported dataset of `records` rows, written through the app itself. */
async function personalDatabase(file: string, records: number, goalTitle: string): Promise<void> {
  const core = await openTempCore(file);
  await core.router.dispatch('profile.save', { ...VALID_PROFILE, currentSalary: 100_000 + records });
  await core.router.dispatch('goals.create', { kind: 'custom', title: goalTitle, dueDate: '2099-06-01' });
  const sqlite = core.store.sqlite;
  const datasetId = sqlite
    .prepare(`INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
      VALUES (?, 'ready', 'Mine', 'You', 'Yours', 'a.csv', NULL, 1, 0, 'user', '', '2026-01-01') RETURNING id`)
    .pluck()
    .get(`user-${goalTitle.length}`) as number;
  const insert = sqlite.prepare("INSERT INTO salary_records (dataset_id, row_number, title, level, area, total, currency, note) VALUES (?, ?, ?, 'mid', ?, ?, 'USD', ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < records; i++) insert.run(datasetId, i + 2, `Title ${i % 7}`, `Area ${i % 13}`, 80_000 + i, `a note for row ${i}`);
  })();
  await core.jobs.idle();
  core.close();
}

export const jsonImport: CrashOperation = {
  async prepare(dir, records) {
    // The file comes from another database (exported by the app); the one it replaces holds other data.
    const source = path.join(dir, 'source');
    mkdirSync(source);
    const sourceDb = path.join(source, 'trajectory.sqlite');
    await personalDatabase(sourceDb, records, 'From the file');
    const core = await openTempCore(sourceDb);
    exportPersonalDataToFile(core.store.sqlite, exportFileIn(dir), { exportedAt: '2026-11-29T12:00:00.000Z', appVersion: '0.0.0-test' });
    core.close();
    await personalDatabase(dbFileIn(dir), 10, 'Already here');
  },

  // The Replace import through the service a script calls (one transaction on its own connection).
  async run(dir, report) {
    report.ready();
    report.started();
    importPersonalDataFile({ dbFile: dbFileIn(dir), filePath: exportFileIn(dir), mode: 'replace', now: new Date('2026-11-29T12:00:00Z') });
  },

  async observe(dir) {
    return { state: databaseState(dbFileIn(dir)), evidence: null };
  },
};

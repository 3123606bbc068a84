import Database from 'better-sqlite3';
import { ImportRequest } from '@shared/domain/salary-import';
import path from 'node:path';
import { openStore } from '../../../electron/core/db/store';
import { FileInbox } from '../../../electron/core/files';
import { EventBus } from '../../../electron/core/events';
import { JobRunner } from '../../../electron/core/jobs/job-runner';
import { WriterGate } from '../../../electron/core/jobs/writer-gate';
import { ImportRunner } from '../../../electron/core/services/salary-import/run';
import type { DumpOptions } from '../../support/db-dump';
import { GENERATED_MAPPING, writeSalaryCsv } from '../../support/salary-csv';
import { MIGRATIONS_DIR, RESOURCES_DIR, openTempCore } from '../../support/temp-core';
import { dbFileIn, type CrashOperation } from '../operation';
import { databaseState } from './state';

const csvIn = (dir: string) => path.join(dir, 'salaries.csv');
/** The import's time is fixed so the finished state is the same in every run. */
const IMPORTED_AT = new Date('2026-03-01T12:00:00.000Z');

/**
 * Rows of an import that is still "importing" (or a deletion under way) are hidden from every
 * reader and purged at the next start (services/datasets-purge.ts): they are not part of what the
 * database holds. `sqlite_sequence` is left out too: ids are never reused, so a purged import
 * moves that counter on without changing any data. The dataset key is random (user-<uuid>).
 */
const VISIBLE = "dataset_id IN (SELECT id FROM salary_datasets WHERE status = 'ready')";
const DUMP: DumpOptions = {
  skipTables: ['sqlite_sequence'],
  mask: (_table, value) => (typeof value === 'string' && /^user-[0-9a-f-]{36}$/.test(value) ? 'user-<uuid>' : value),
};
const VISIBLE_DUMP: DumpOptions = {
  ...DUMP,
  where: { salary_datasets: "status = 'ready'", salary_records: VISIBLE, salary_imports: VISIBLE, salary_bands: VISIBLE },
};

export const salaryImport: CrashOperation = {
  async prepare(dir, rows) {
    // A migrated, seeded database, closed again, and a generated CSV file.
    (await openTempCore(dbFileIn(dir))).close();
    await writeSalaryCsv(csvIn(dir), rows);
  },

  // The real import path: ImportRunner (services/salary-import) hands the file to the writer
  // worker (jobs/), which parses, checks and writes it.
  async run(dir, report) {
    const dbFile = dbFileIn(dir);
    const store = await openStore(dbFile, { migrationsDir: MIGRATIONS_DIR });
    const jobs = new JobRunner({ dbFile, gate: new WriterGate() });
    // The writer thread is started first, so the kill window is the import, not the thread's start.
    await jobs.write({ kind: 'checkpoint' });
    const inbox = new FileInbox();
    const events = new EventBus();
    events.subscribe((event, payload) => {
      if (event === 'importProgress' && 'phase' in payload && payload.phase === 'importing') report.progress();
    });
    const runner = new ImportRunner({ db: store.db, inbox, events, jobs, now: () => IMPORTED_AT });
    const { token } = await inbox.register(csvIn(dir), 'salaries.csv', false);
    const request = ImportRequest.parse({ token, name: 'Crash test', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING });
    report.ready();
    report.started();
    await runner.run(request);
    await jobs.close();
    store.close();
  },

  async observe(dir) {
    const file = dbFileIn(dir);
    const state = databaseState(file, VISIBLE_DUMP);
    let evidence: string | null = null;
    if ('dump' in state) {
      const sqlite = new Database(file, { readonly: true });
      try {
        const hidden = sqlite
          .prepare("SELECT COUNT(*) AS datasets, (SELECT COUNT(*) FROM salary_records WHERE NOT " + VISIBLE + ") AS rows FROM salary_datasets WHERE status <> 'ready'")
          .get() as { datasets: number; rows: number };
        if (hidden.datasets > 0) evidence = `a hidden, unfinished import holding ${hidden.rows} rows`;
      } finally {
        sqlite.close();
      }
    }
    return { state, evidence };
  },

  /** The app's next start purges the hidden rows; then the whole database must be the before or after state. */
  async recover(dir) {
    const { createCore } = await import('../../../electron/core');
    const core = await createCore({ dbFile: dbFileIn(dir), resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test' });
    try {
      await core.jobs.idle();
    } finally {
      core.close();
    }
    return databaseState(dbFileIn(dir), DUMP);
  },
};

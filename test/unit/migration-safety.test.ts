import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../electron/core/db/backup-files';
import { MigrationError, applyMigrations } from '../../electron/core/db/migrate';
import { openConnection } from '../../electron/core/db/open';
import { openStore } from '../../electron/core/db/store';
import { checkDatabaseFile, dumpDatabase } from '../support/db-dump';
import { migrationsFolder } from '../support/migrations-folder';
import { tempDir } from '../support/temp-core';

// store.test.ts covers the basics (a salary_datasets rebuild keeps its bands, a bad statement
// leaves no half-made table, a dangling reference is refused). These tests pin down the rest:
// a rebuild written the way drizzle-kit writes it, and "unchanged" meaning every table and the
// schema, across several pending migrations, with the backup still there.

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  return { dir: t.dir, file: path.join(t.dir, 'trajectory.sqlite') };
}

/** drizzle-kit's table rebuild for `roadmaps` (a new column), as `db:generate` writes it. */
const REBUILD_ROADMAPS = [
  'PRAGMA foreign_keys=OFF;',
  `CREATE TABLE \`__new_roadmaps\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`name\` text NOT NULL,
	\`source_path_id\` text,
	\`hours_per_week\` real,
	\`parallel\` integer DEFAULT 1 NOT NULL,
	\`active\` integer,
	\`archived_at\` text,
	\`created_at\` text NOT NULL,
	\`updated_at\` text NOT NULL,
	\`colour\` text,
	CONSTRAINT "roadmaps_parallel" CHECK("__new_roadmaps"."parallel" BETWEEN 1 AND 10),
	CONSTRAINT "roadmaps_hours" CHECK("__new_roadmaps"."hours_per_week" IS NULL OR "__new_roadmaps"."hours_per_week" BETWEEN 0 AND 80),
	CONSTRAINT "roadmaps_active" CHECK("__new_roadmaps"."active" IS NULL OR "__new_roadmaps"."active" = 1)
);`,
  'INSERT INTO `__new_roadmaps`("id", "name", "source_path_id", "hours_per_week", "parallel", "active", "archived_at", "created_at", "updated_at") SELECT "id", "name", "source_path_id", "hours_per_week", "parallel", "active", "archived_at", "created_at", "updated_at" FROM `roadmaps`;',
  'DROP TABLE `roadmaps`;',
  'ALTER TABLE `__new_roadmaps` RENAME TO `roadmaps`;',
  'PRAGMA foreign_keys=ON;',
  'CREATE UNIQUE INDEX `roadmaps_one_active` ON `roadmaps` (`active`) WHERE "roadmaps"."active" = 1;',
];

/** A database of the current schema with two roadmaps, each with items and weeks off (cascade children). */
async function withRoadmaps(file: string, migrationsDir: string) {
  const store = await openStore(file, { migrationsDir });
  store.sqlite.exec(`
    INSERT INTO roadmaps (id, name, parallel, active, created_at, updated_at) VALUES
      (1, 'Backend', 2, 1, '2026-01-01', '2026-01-01'), (2, 'Cloud', 1, NULL, '2026-02-01', '2026-02-01');
    INSERT INTO roadmap_items (roadmap_id, skill_id, target_level, position) VALUES
      (1, 'sql', 3, 0), (1, 'go', 2, 1), (2, 'aws', 4, 0);
    INSERT INTO roadmap_weeks_off (roadmap_id, start, end, label) VALUES (1, '2026-07-01', '2026-07-14', 'Holiday');`);
  store.close();
}

const children = (sqlite: Database.Database) => ({
  items: sqlite.prepare('SELECT COUNT(*) FROM roadmap_items').pluck().get(),
  weeksOff: sqlite.prepare('SELECT COUNT(*) FROM roadmap_weeks_off').pluck().get(),
});

describe('a table-rebuild migration (the drizzle cascade trap)', () => {
  it('keeps the rebuilt table’s ON DELETE CASCADE children, with no dangling reference', async () => {
    const { dir, file } = scratch();
    const current = migrationsFolder(path.join(dir, 'current'));
    const next = migrationsFolder(path.join(dir, 'next'), { extra: [REBUILD_ROADMAPS] });
    await withRoadmaps(file, current.dir);

    const store = await openStore(file, { migrationsDir: next.dir });
    cleanups.unshift(() => store.close());
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(next.version);
    expect(store.sqlite.prepare('SELECT id, name, colour FROM roadmaps ORDER BY id').all()).toEqual([
      { id: 1, name: 'Backend', colour: null },
      { id: 2, name: 'Cloud', colour: null },
    ]);
    expect(children(store.sqlite)).toEqual({ items: 3, weeksOff: 1 });
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is a real trap: drizzle’s own migrator on a connection with foreign keys on loses the children', async () => {
    // The control for the test above: the same migration, the way drizzle runs it by default.
    const { dir, file } = scratch();
    const current = migrationsFolder(path.join(dir, 'current'));
    const next = migrationsFolder(path.join(dir, 'next'), { extra: [REBUILD_ROADMAPS] });
    await withRoadmaps(file, current.dir);
    const sqlite = openConnection(file);
    cleanups.unshift(() => sqlite.close());
    migrate(drizzle(sqlite), { migrationsFolder: next.dir });
    expect(children(sqlite)).toEqual({ items: 0, weeksOff: 0 });
  });
});

describe('a migration that fails', () => {
  /** An older app's database with data in the tables the pending migrations touch. */
  async function olderDatabase() {
    const { dir, file } = scratch();
    const current = migrationsFolder(path.join(dir, 'current'));
    await withRoadmaps(file, current.dir);
    const before = checkDatabaseFile(file);
    return { dir, file, before };
  }

  it('leaves every table and the schema unchanged, the earlier pending migration included, and keeps the backup', async () => {
    const { dir, file, before } = await olderDatabase();
    // Two pending migrations: a good rebuild, then one that fails on its last statement.
    const next = migrationsFolder(path.join(dir, 'next'), {
      extra: [REBUILD_ROADMAPS, ['ALTER TABLE `goals` ADD `weight` real;', 'DELETE FROM `roadmap_items`;', 'UPDATE no_such_table SET x = 1;']],
    });
    const error: unknown = await openStore(file, { migrationsDir: next.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/no such table: no_such_table.*left as it was, and a backup taken before the attempt is at .*pre-migration/);

    const after = checkDatabaseFile(file);
    expect(after.integrity).toBe('ok');
    expect(after.foreignKeyViolations).toBe(0);
    expect(after.dump).toEqual(before.dump);

    const backups = listBackups(file);
    expect(backups).toMatchObject([{ kind: 'pre-migration', schemaVersion: before.dump.userVersion }]);
    const backup = checkDatabaseFile(path.join(dir, 'backups', backups[0]?.fileName ?? ''));
    expect(backup.integrity).toBe('ok');
    expect(backup.dump).toEqual(before.dump);

    // The app that wrote it still opens it as its own.
    const again = await openStore(file, { migrationsDir: path.join(dir, 'current') });
    again.close();
  });

  it('never leaves the new schema under the old version number, even when setting the version fails', async () => {
    const { dir, file, before } = await olderDatabase();
    const next = migrationsFolder(path.join(dir, 'next'), { extra: [REBUILD_ROADMAPS] });
    const sqlite = openConnection(file);
    cleanups.unshift(() => sqlite.close());
    const pragma = sqlite.pragma.bind(sqlite);
    vi.spyOn(sqlite, 'pragma').mockImplementation((source, options) => {
      if (/^user_version = /.test(source)) throw new Error('disk I/O error');
      return pragma(source, options);
    });
    expect(() => applyMigrations(sqlite, next.dir)).toThrow('disk I/O error');
    expect(sqlite.inTransaction).toBe(false);
    expect(dumpDatabase(sqlite)).toEqual(before.dump);
    expect(pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

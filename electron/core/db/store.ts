import { takeBackup } from './backup';
import { drizzleOf, type Db } from './drizzle';
import { MigrationError, SchemaTooNewError, applyMigrations, shippedSchemaVersion } from './migrate';
import { inspectDatabaseFile } from './file-check';
import { UnusableDatabaseError, openConnection, type NativeOptions, type Sqlite } from './open';

export type { Db } from './drizzle';

export interface Store {
  file: string;
  sqlite: Sqlite;
  db: Db;
  schemaVersion: number;
  /** Where the pre-migration backup went, when one was taken. */
  backupPath: string | null;
  close(): void;
}

export interface OpenStoreOptions extends NativeOptions {
  migrationsDir: string;
}

/**
 * Opens the user's database: refuses, untouched, a file that is empty, not SQLite, damaged, from a
 * newer schema or another application's (read with node:fs before SQLite opens it); backs up an
 * existing file before migrating it, then applies pending migrations.
 */
export async function openStore(file: string, options: OpenStoreOptions): Promise<Store> {
  const known = shippedSchemaVersion(options.migrationsDir);
  const verdict = inspectDatabaseFile(file, known);
  if (!verdict.usable) {
    if (verdict.problem.kind === 'newer') throw new SchemaTooNewError(file, verdict.problem.fileVersion ?? 0, known);
    throw new UnusableDatabaseError(file, verdict.problem);
  }
  const existed = verdict.exists;
  const fileVersion = existed ? verdict.userVersion : null;

  const sqlite = openConnection(file, options);
  try {
    // The header can be older than the WAL beside it (a crash before a checkpoint): ask SQLite too.
    const openedVersion = Number(sqlite.pragma('user_version', { simple: true }));
    if (openedVersion > known) throw new SchemaTooNewError(file, openedVersion, known);
    let backupPath: string | null = null;
    if (existed && fileVersion !== null && fileVersion > 0 && fileVersion < known) {
      backupPath = await takeBackup(sqlite, file, 'pre-migration', fileVersion, new Date(), options);
    }
    try {
      applyMigrations(sqlite, options.migrationsDir);
    } catch (error) {
      // The migration's single transaction rolled back: the file is as it was, nothing to restore.
      throw new MigrationError(
        `Updating the database at ${file} failed (${(error as Error).message}); it was left as it was` +
          (backupPath ? `, and a backup taken before the attempt is at ${backupPath}.` : '.'),
        { cause: error },
      );
    }
    // The main connection never copies the WAL back into the database file itself: a commit that
    // happened to cross the checkpoint threshold right after an import would do megabytes of I/O on
    // the main thread. The worker's connection checkpoints as it writes, and after each job.
    sqlite.pragma('wal_autocheckpoint = 0');
    return {
      file,
      sqlite,
      db: drizzleOf(sqlite),
      schemaVersion: known,
      backupPath,
      close: () => sqlite.close(),
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}

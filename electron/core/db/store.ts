import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { takeBackup } from './backup';
import { MigrationError, SchemaTooNewError, applyMigrations, shippedSchemaVersion } from './migrate';
import { openConnection, readUserVersion, type NativeOptions, type Sqlite } from './open';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

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
 * Opens the user's database: refuses (untouched) a file from a newer schema, backs up an
 * existing file before migrating it, then applies pending migrations.
 */
export async function openStore(file: string, options: OpenStoreOptions): Promise<Store> {
  const known = shippedSchemaVersion(options.migrationsDir);
  const existed = existsSync(file);
  const fileVersion = readUserVersion(file, options);
  if (fileVersion !== null && fileVersion > known) throw new SchemaTooNewError(file, fileVersion, known);

  const sqlite = openConnection(file, options);
  try {
    let backupPath: string | null = null;
    if (existed && fileVersion !== null && fileVersion > 0 && fileVersion < known) {
      backupPath = await takeBackup(sqlite, file, 'pre-migration', fileVersion, new Date(), options);
    }
    try {
      applyMigrations(sqlite, options.migrationsDir);
    } catch (error) {
      if (!backupPath) throw error;
      sqlite.close();
      restoreBackup(file, backupPath);
      throw new MigrationError(
        `Updating the database at ${file} failed (${(error as Error).message}); it was restored from the backup at ${backupPath}.`,
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
      db: drizzle(sqlite, { schema }),
      schemaVersion: known,
      backupPath,
      close: () => sqlite.close(),
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}

/** Puts the pre-migration copy back; the WAL files belong to the failed attempt and go too. */
function restoreBackup(file: string, backupPath: string): void {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  copyFileSync(backupPath, file);
}

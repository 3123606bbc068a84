import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '@shared/domain/backups';
import { backupFileName, backupsDir } from './backup-files';
import type { NativeOptions, Sqlite } from './open';

/**
 * Takes an online backup into the backups folder and returns its path. SQLite's backup API copies
 * a consistent snapshot even while the file is in WAL mode and other connections write.
 */
export async function takeBackup(
  sqlite: Sqlite,
  dbFile: string,
  kind: BackupKind,
  schemaVersion: number,
  now = new Date(),
  native: NativeOptions = {},
): Promise<string> {
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true });
  let target = path.join(dir, backupFileName(kind, schemaVersion, now));
  for (let n = 2; existsSync(target); n++) target = path.join(dir, backupFileName(kind, schemaVersion, now, n));
  // Written under a name the listing ignores, then renamed: a backup cut short never looks whole.
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    selfContained(partial, native);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    for (const companion of ['-journal', '-wal', '-shm']) rmSync(`${partial}${companion}`, { force: true });
    throw error;
  }
  return target;
}

/**
 * The copy inherits the live file's WAL mode; a backup opened read-only in WAL mode leaves empty
 * -wal and -shm files beside it. In rollback-journal mode it is one file that reads cleanly.
 */
function selfContained(file: string, native: NativeOptions): void {
  const copy = new Database(file, { fileMustExist: true, nativeBinding: native.nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}


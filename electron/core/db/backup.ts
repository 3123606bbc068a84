import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '@shared/domain/backups';
import { backupFileName, backupsDir } from './backup-files';
import type { Sqlite } from './open';

/**
 * Takes an online backup into the backups folder and returns its path. SQLite's backup API copies
 * a consistent snapshot even while the file is in WAL mode and other connections write.
 */
export async function takeBackup(sqlite: Sqlite, dbFile: string, kind: BackupKind, schemaVersion: number, now = new Date()): Promise<string> {
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true });
  let target = path.join(dir, backupFileName(kind, schemaVersion, now));
  for (let n = 2; existsSync(target); n++) target = path.join(dir, backupFileName(kind, schemaVersion, now, n));
  // Written under a name the listing ignores, then renamed: a backup cut short never looks whole.
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

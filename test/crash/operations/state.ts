import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { backupsDir, parseBackupFileName } from '../../../electron/core/db/backup-files';
import { checkDatabaseFile, type DumpOptions } from '../../support/db-dump';

/** A database file's checks and content; a file SQLite cannot open is a state too (matching nothing). */
export function databaseState(file: string, options: DumpOptions = {}) {
  if (!existsSync(file)) return { missing: true };
  try {
    return checkDatabaseFile(file, options);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

/** The backups folder: files under a backup name (which must be whole) and anything else left there. */
export function backupsFolder(dbFile: string): { named: string[]; other: string[] } {
  const dir = backupsDir(dbFile);
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  return {
    named: names.filter((n) => parseBackupFileName(n)).map((n) => path.join(dir, n)),
    other: names.filter((n) => !parseBackupFileName(n)),
  };
}

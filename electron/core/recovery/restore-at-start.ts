import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '@shared/ipc/result';
import { backupPath } from '../db/backup-files';
import { inspectDatabaseFile } from '../db/file-check';

/** The backup a restore would copy in, checked the same way as the database file itself. */
export function checkedBackup(dbFile: string, fileName: string, knownVersion: number): string {
  const source = backupPath(dbFile, fileName);
  if (!source || !existsSync(source)) throw new AppError('NOT_FOUND', `There is no backup named "${fileName}".`);
  const verdict = inspectDatabaseFile(source, knownVersion);
  if (!verdict.usable) {
    throw new AppError('CONFLICT', `The backup ${fileName} cannot be used either (${verdict.problem.kind}: ${verdict.problem.detail}).`);
  }
  return source;
}

/**
 * Copies a backup to where the database goes (the unusable file was moved aside first). The copy
 * is written under another name and renamed, so a copy cut short never looks like a database.
 */
export function copyBackupInPlace(source: string, dbFile: string): void {
  const partial = `${dbFile}.restoring`;
  try {
    copyFileSync(source, partial);
    renameSync(partial, dbFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

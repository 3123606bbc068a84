import { rmSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, BACKUP_RETENTION, type BackupInfo } from '@shared/domain/backups';
import { backupsDir, backupsFolderNames, listBackups, newestFirst, parseBackupFileName } from './backup-files';

/**
 * The backups past their kind's limit (BACKUP_RETENTION): each kind keeps its newest ones. `keep`
 * (the backup just taken) is never named and counts as the newest of its kind, even when a clock
 * that went back makes it sort as the oldest.
 */
export function backupsToPrune(backups: readonly BackupInfo[], keep: string): string[] {
  const kept = backups.find((b) => b.fileName === keep);
  return BACKUP_KINDS.flatMap((kind) => {
    const limit = BACKUP_RETENTION[kind];
    if (limit === null) return [];
    const room = kept?.kind === kind ? limit - 1 : limit;
    return backups
      .filter((b) => b.kind === kind && b.fileName !== keep)
      .sort(newestFirst)
      .slice(Math.max(0, room))
      .map((b) => b.fileName);
  });
}

/** Deletes what `backupsToPrune` names: only files the listing recognised as backups. Returns their names. */
export function pruneBackups(dbFile: string, keep: string): string[] {
  const names = backupsToPrune(listBackups(dbFile), keep);
  const dir = backupsDir(dbFile);
  for (const name of names) rmSync(path.join(dir, name), { force: true });
  return names;
}

/** A copy being written (`.partial`) or staged for a restore (`.restoring`), and its journal files. */
const LEFTOVER = /^(.+)\.(?:partial|restoring)(?:-journal|-wal|-shm)?$/;

/**
 * Removes what a backup or restore cut short by a crash left in the folder. Call it only while
 * no backup or restore runs. Only names built from a backup's name are touched.
 */
export function sweepLeftovers(dbFile: string): string[] {
  const dir = backupsDir(dbFile);
  const leftovers = backupsFolderNames(dbFile).filter((name) => {
    const base = LEFTOVER.exec(name)?.[1];
    return base !== undefined && parseBackupFileName(base) !== null;
  });
  for (const name of leftovers) rmSync(path.join(dir, name), { force: true });
  return leftovers;
}

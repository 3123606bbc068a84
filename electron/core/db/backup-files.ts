import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '@shared/domain/backups';

/** Backups live in a folder beside the database file (the user-data folder in the app). */
export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}

const STAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})$/;
const NAME = new RegExp(`^trajectory-(${BACKUP_KINDS.join('|')})-(\\d{8}-\\d{6}-\\d{3})-schema(\\d+)(?:-(\\d+))?\\.sqlite$`);

function stampOf(date: Date): string {
  const iso = date.toISOString(); // 2026-11-29T16:02:52.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
}

function dateOfStamp(stamp: string): string | null {
  const m = STAMP.exec(stamp);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/**
 * The file name for a new backup: kind, UTC time and schema in the name, so the folder lists
 * itself without an index file that could disagree with it. `n` separates two taken in the same ms.
 */
export function backupFileName(kind: BackupKind, schemaVersion: number, now: Date, n = 1): string {
  return `trajectory-${kind}-${stampOf(now)}-schema${schemaVersion}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** Reads one name back; null for any file that is not a backup (left alone). */
export function parseBackupFileName(fileName: string): Omit<BackupInfo, 'bytes'> | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const createdAt = dateOfStamp(m[2] ?? '');
  if (!createdAt) return null;
  return { fileName, kind: m[1] as BackupKind, createdAt, schemaVersion: Number(m[3]) };
}

/** Backups newest first; two taken in the same millisecond by their file name. */
export const newestFirst = (a: BackupInfo, b: BackupInfo): number =>
  a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt);

/** The names of every file in the backups folder (backups or not); an absent folder has none. */
export function backupsFolderNames(dbFile: string): string[] {
  try {
    return readdirSync(backupsDir(dbFile));
  } catch {
    return [];
  }
}

/** Every backup in the folder, newest first; an absent folder has none. */
export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupsDir(dbFile);
  const found: BackupInfo[] = [];
  for (const name of backupsFolderNames(dbFile)) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const stat = statSync(path.join(dir, name));
      if (stat.isFile()) found.push({ ...parsed, bytes: stat.size });
    } catch {
      // Deleted between the listing and the stat: not a backup any more.
    }
  }
  return found.sort(newestFirst);
}

/** The path of a backup named by the renderer; null unless it is a backup file name (no path tricks). */
export function backupPath(dbFile: string, fileName: string): string | null {
  return parseBackupFileName(fileName) ? path.join(backupsDir(dbFile), fileName) : null;
}

import { z } from 'zod';

/** Why a backup was taken: it decides how long the backup is kept. */
export const BACKUP_KINDS = ['pre-migration', 'daily', 'manual', 'before-restore'] as const;
export const BackupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKind>;

/** One backup file in the backups folder beside the database. */
export const BackupInfo = z.object({
  /** The file's name inside the backups folder: what the renderer names a backup by (never a path). */
  fileName: z.string(),
  kind: BackupKind,
  /** ISO date-time the backup was taken (UTC). */
  createdAt: z.string(),
  /** The schema version of the database the backup holds. */
  schemaVersion: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/**
 * How many backups of each kind are kept; older ones of that kind are deleted after a new backup
 * is taken. Pre-migration backups are never deleted: each is the last copy an older version wrote.
 */
export const BACKUP_RETENTION: Readonly<Record<BackupKind, number | null>> = {
  'pre-migration': null,
  daily: 10,
  manual: 10,
  'before-restore': 10,
};

export const RestoreBackupInput = z.object({ fileName: z.string().min(1).max(200) });
export type RestoreBackupInput = z.infer<typeof RestoreBackupInput>;

export const RestoreResult = z.object({
  /** The backup whose contents are now the live database. */
  restored: BackupInfo,
  /** The copy of the data as it was just before the restore. */
  beforeRestore: BackupInfo,
  /** Migrations applied to bring an older backup up to this version's schema (0 when none). */
  migrationsApplied: z.number().int().nonnegative(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

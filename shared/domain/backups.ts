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

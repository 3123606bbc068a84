import { BACKUP_RETENTION, type BackupKind } from '@shared/domain/backups';
import { formatLocale } from '../../format';

/** Why each backup was taken, in words. */
export const KIND_LABELS: Record<BackupKind, string> = {
  'pre-migration': 'Before an update',
  daily: 'Daily',
  manual: 'Taken by you',
  'before-restore': 'Before a restore',
};

const megabytes = new Intl.NumberFormat(formatLocale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const kilobytes = new Intl.NumberFormat(formatLocale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

export const formatSize = (bytes: number): string => (bytes >= 1024 * 1024 ? megabytes.format(bytes / (1024 * 1024)) : kilobytes.format(Math.max(1, bytes / 1024)));

/** The retention rule as the section states it, from the same table the core prunes by. */
export function retentionText(): string {
  const n = (kind: 'daily' | 'manual' | 'before-restore') => BACKUP_RETENTION[kind] ?? 'all';
  return `Kept: every backup taken before an update, and the latest ${n('daily')} daily backups, ${n('manual')} you took and ${n('before-restore')} taken before a restore.`;
}

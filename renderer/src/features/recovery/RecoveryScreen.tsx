import { format, parseISO } from 'date-fns';
import { useAppStore } from '../../store';
import { SET_ASIDE_LABELS, type RecoveryBackup, type RecoveryStatus } from '@shared/domain/recovery';

const KIND_NAMES: Record<RecoveryBackup['kind'], string> = {
  'pre-migration': 'before an update',
  daily: 'daily',
  manual: 'taken by you',
  'before-restore': 'before a restore',
};

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut > 0 ? file.slice(0, cut) : file;
}

function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function BackupList({ status }: { status: RecoveryStatus }) {
  const restore = useAppStore((s) => s.restoreBackupAtStart);
  const busy = useAppStore((s) => s.recoveryBusy);
  if (status.backups.length === 0) {
    return <p>There are no backups in {folderOf(status.file)}/backups.</p>;
  }
  return (
    <ul className="recovery-backups">
      {status.backups.map((backup) => (
        <li key={backup.fileName}>
          <span>
            <strong>{format(parseISO(backup.createdAt), 'PPpp')}</strong> ({KIND_NAMES[backup.kind]}, {formatBytes(backup.bytes)})
            {backup.compatible ? null : <span className="muted"> — from a newer version of Trajectory: it cannot be opened here</span>}
          </span>
          <button
            type="button"
            className="button"
            disabled={busy || !backup.compatible}
            aria-label={`Restore the backup of ${format(parseISO(backup.createdAt), 'PPpp')}`}
            onClick={() => void restore(backup.fileName)}
          >
            Restore this backup
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown instead of the app when the database file cannot be used: what is wrong, where the file
 * is, the backups to restore and a fresh start. Nothing here deletes or overwrites the file.
 */
export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const startFresh = useAppStore((s) => s.startFresh);
  const busy = useAppStore((s) => s.recoveryBusy);
  const error = useAppStore((s) => s.recoveryError);
  const kind = status.problem?.kind;
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{status.title ?? 'The database cannot be used'}</h1>
      <p role="alert">{status.message}</p>
      <p>
        The file: <code>{status.file}</code>
      </p>
      {kind === 'newer' ? <p>Installing the latest version of Trajectory opens it with everything in it.</p> : null}
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}

      <section className="card" aria-labelledby="recovery-backups">
        <h2 id="recovery-backups">{kind === 'empty' ? 'Restore a backup (recommended)' : 'Restore a backup'}</h2>
        <p className="muted">The file above is moved aside first (kept, never deleted); the backup is copied in its place.</p>
        <BackupList status={status} />
      </section>

      <section className="card" aria-labelledby="recovery-fresh">
        <h2 id="recovery-fresh">Start fresh</h2>
        <p>
          Moves the file above aside, renamed with the time (<code>{fileName(status.file)}.{SET_ASIDE_LABELS[kind ?? 'damaged']}-…</code>) in the
          same folder, and starts with a new, empty database. Nothing is deleted.
        </p>
        <button type="button" className="button" disabled={busy || !status.canStartFresh} onClick={() => void startFresh()}>
          Start fresh
        </button>
      </section>
    </main>
  );
}

import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { BackupInfo } from '@shared/domain/backups';
import { Loadable } from '../../components/Loadable';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime, messageOf } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { KIND_LABELS, formatSize, retentionText } from './backup-text';
import './backups.css';

type Busy = 'backup' | 'restore' | null;

const describe = (b: BackupInfo) => `${KIND_LABELS[b.kind].toLowerCase()} backup of ${formatDateTime(b.createdAt)}`;

function BackupsTable({ backups, busy, onRestore }: { backups: BackupInfo[]; busy: Busy; onRestore(b: BackupInfo): void }) {
  if (backups.length === 0) {
    return (
      <p className="empty-state">
        No backups yet. Trajectory backs your data up once a day when it starts (once there is something of yours to keep) and
        before each update; “Back up now” takes one at any time.
      </p>
    );
  }
  return (
    <ScrollRegion label="Backups table">
      <table className="backups-table">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Kind</th>
            <th scope="col">Schema</th>
            <th scope="col" className="numeric">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.fileName}>
              <th scope="row">
                <time dateTime={b.createdAt}>{formatDateTime(b.createdAt)}</time>
              </th>
              <td>{KIND_LABELS[b.kind]}</td>
              <td className="numeric">{b.schemaVersion}</td>
              <td className="numeric">{formatSize(b.bytes)}</td>
              <td>
                <button type="button" onClick={() => onRestore(b)} disabled={busy !== null} aria-label={`Restore the ${describe(b)}…`}>
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ConfirmRestore({ backup, busy, onConfirm, onCancel }: { backup: BackupInfo | null; busy: Busy; onConfirm(): void; onCancel(): void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={backup !== null} onOpenChange={(open) => (open || busy ? undefined : onCancel())} isDismissable={busy === null}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog" aria-labelledby="restore-title" aria-describedby="restore-what">
          {backup ? (
            <>
              <Heading slot="title" id="restore-title">
                Restore this backup?
              </Heading>
              <p id="restore-what">
                Your data will be replaced with the {describe(backup)}. The current data is backed up first (as “{KIND_LABELS['before-restore']}”), so you can come
                back to it.
              </p>
              <div className="form-actions">
                <button type="button" className="primary" onClick={onConfirm} disabled={busy !== null}>
                  {busy === 'restore' ? 'Restoring…' : 'Restore'}
                </button>
                <button type="button" onClick={onCancel} disabled={busy !== null} autoFocus>
                  Cancel
                </button>
              </div>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Backups of the database file: listed, taken on demand, restored. */
export function BackupsSection() {
  const backups = useAppStore((s) => s.backups);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const createBackup = useAppStore((s) => s.createBackup);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const load = useLoad(loadBackups);
  const [busy, setBusy] = useState<Busy>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const run = async (what: Exclude<Busy, null>, work: () => Promise<string>) => {
    setBusy(what);
    setDone(null);
    setFailure(null);
    try {
      setDone(await work());
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  };

  const backUp = () => run('backup', async () => `Backed up: ${describe(await createBackup())}.`);
  const restore = (backup: BackupInfo) =>
    run('restore', async () => {
      const result = await restoreBackup(backup.fileName);
      const updated = result.migrationsApplied > 0 ? ' It was brought up to this version’s format.' : '';
      return `Restored the ${describe(result.restored)}.${updated} Your data from just before is kept as the ${describe(result.beforeRestore)}.`;
    });

  return (
    <section className="card" aria-labelledby="settings-backups">
      <h2 id="settings-backups">Backups</h2>
      <p className="muted">
        Copies of your database in the backups folder beside it. {retentionText()}
      </p>
      <div className="form-actions backups-actions">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={busy !== null}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <div role="status" className="backups-status">
        {busy === 'restore' ? 'Restoring…' : busy === 'backup' ? 'Backing up…' : done}
      </div>
      {failure ? (
        <p className="field-error backups-error" role="alert">
          {failure}
        </p>
      ) : null}
      <Loadable load={load} data={backups} what="backups">
        {(list) => <BackupsTable backups={list} busy={busy} onRestore={setConfirming} />}
      </Loadable>
      <ConfirmRestore
        backup={confirming}
        busy={busy}
        onConfirm={() => (confirming ? void restore(confirming) : undefined)}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}

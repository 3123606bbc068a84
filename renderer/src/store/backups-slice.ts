import type { StateCreator } from 'zustand';
import type { BackupInfo, RestoreResult } from '@shared/domain/backups';
import { getApi, unwrap } from '../api';
import type { AppState } from '.';

export interface BackupsSlice {
  /** The backups folder, newest first; null until loaded. */
  backups: BackupInfo[] | null;
  loadBackups(): Promise<void>;
  /** Takes a backup now; the list is read again with it. */
  createBackup(): Promise<BackupInfo>;
  /**
   * Replaces the data with a backup's (the current data is backed up first). Every loaded view
   * reloads through dataChanged; the backups list is not a data domain, so it is read again here.
   */
  restoreBackup(fileName: string): Promise<RestoreResult>;
}

export const createBackupsSlice: StateCreator<AppState, [], [], BackupsSlice> = (set, get) => ({
  backups: null,
  async loadBackups() {
    set({ backups: await unwrap(getApi().backups.list()) });
  },
  async createBackup() {
    const taken = await unwrap(getApi().backups.create());
    await get().loadBackups();
    return taken;
  },
  async restoreBackup(fileName) {
    try {
      return await unwrap(getApi().backups.restore({ fileName }));
    } finally {
      // A refused restore may still have found the backup gone: the list says what is there now.
      await get().loadBackups();
    }
  },
});

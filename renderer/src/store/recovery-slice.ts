import type { StateCreator } from 'zustand';
import type { RecoveryStatus } from '@shared/domain/recovery';
import type { Unsubscribe } from '@shared/ipc/types';
import { getApi, unwrap } from '../api';
import type { AppState } from '.';

export interface RecoverySlice {
  /** Whether the database can be used; null until core has answered (or when it could not). */
  recovery: RecoveryStatus | null;
  /** True once the first answer (or failure) came: the app waits for it before showing the shell. */
  recoveryKnown: boolean;
  recoveryBusy: boolean;
  recoveryError: string | null;
  loadRecovery(): Promise<void>;
  /** Follows core's recoveryChanged (a failed start-up check, a finished recovery); returns the unsubscribe. */
  watchRecovery(): Unsubscribe;
  restoreBackupAtStart(fileName: string): Promise<void>;
  startFresh(): Promise<void>;
}

export const createRecoverySlice: StateCreator<AppState, [], [], RecoverySlice> = (set, get) => {
  const act = async (work: () => Promise<unknown>) => {
    set({ recoveryBusy: true, recoveryError: null });
    try {
      await work();
      await get().loadRecovery();
    } catch (error) {
      set({ recoveryError: error instanceof Error ? error.message : String(error) });
    } finally {
      set({ recoveryBusy: false });
    }
  };
  return {
    recovery: null,
    recoveryKnown: false,
    recoveryBusy: false,
    recoveryError: null,
    async loadRecovery() {
      try {
        set({ recovery: await unwrap(getApi().recovery.status()), recoveryKnown: true });
      } catch (error) {
        // Without an answer the app still starts: its screens say what fails.
        set({ recoveryKnown: true, recoveryError: error instanceof Error ? error.message : String(error) });
      }
    },
    watchRecovery: () => getApi().on.recoveryChanged(() => void get().loadRecovery()),
    restoreBackupAtStart: (fileName) => act(() => unwrap(getApi().recovery.restoreBackup({ fileName }))),
    startFresh: () => act(() => unwrap(getApi().recovery.startFresh())),
  };
};

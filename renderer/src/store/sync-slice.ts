import type { StateCreator } from 'zustand';
import type { DataDomain } from '@shared/ipc/contract';
import type { Unsubscribe } from '@shared/ipc/types';
import { createDataSync } from './data-sync';
import type { AppState } from '.';

export interface SyncSlice {
  /** Listens to core's dataChanged events (App does this once at start); returns the unsubscribe. */
  startDataSync(): Unsubscribe;
  /** Reloads the loaded views that depend on these domains. */
  applyDataChanged(domains: readonly DataDomain[]): Promise<void>;
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (_set, get) => {
  const sync = createDataSync(get, (error) => get().reportError(error));
  return {
    startDataSync: () => sync.start(),
    applyDataChanged: (domains) => sync.apply(domains),
  };
};

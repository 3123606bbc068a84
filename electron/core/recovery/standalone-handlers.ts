import { AppError } from '@shared/ipc/result';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

const NOTHING_TO_RECOVER = 'The database is in use and sound: there is nothing to recover from.';

/** A core opened on its own (tests, tools) has a usable file: the recovery actions are refused. */
export function standaloneRecoveryHandlers({ store }: CoreContext): Handlers['recovery'] {
  return {
    status: () => ({
      state: 'ready',
      file: store.file,
      problem: null,
      title: null,
      message: null,
      canRestoreBackup: false,
      canStartFresh: false,
      backups: [],
    }),
    restoreBackup: () => {
      throw new AppError('CONFLICT', NOTHING_TO_RECOVER);
    },
    startFresh: () => {
      throw new AppError('CONFLICT', NOTHING_TO_RECOVER);
    },
  };
}

import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Settings → Data: the backups folder, a backup on demand, and a restore. */
export function backupsHandlers(ctx: CoreContext): Handlers['backups'] {
  return {
    list: () => ctx.backups.list(),
    create: () => ctx.backups.create('manual'),
    restore: ({ fileName }) => ctx.backups.restore(fileName),
  };
}

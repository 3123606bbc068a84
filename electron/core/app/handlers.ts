import type { CoreContext } from '../context';
import type { Handlers } from '../router';

export function appHandlers({ store, info }: CoreContext): Handlers['app'] {
  return {
    info: () => ({ ...info, schemaVersion: store.schemaVersion }),
  };
}

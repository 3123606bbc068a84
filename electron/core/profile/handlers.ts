import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { getProfile, saveProfile } from '../services/profile';

export function profileHandlers({ db, clock }: CoreContext): Handlers['profile'] {
  return {
    get: () => getProfile(db),
    save: (input) => saveProfile(db, input, clock()),
  };
}

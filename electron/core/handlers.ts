import type { AppInfo } from '../../shared/ipc/contract';
import type { Store } from './db/store';
import type { EventBus } from './events';
import type { Handlers } from './router';
import { listDatasets } from './services/datasets';
import { getProfile, saveProfile } from './services/profile';
import { findArea, listOccupations, searchAreas } from './services/salary';

export interface HandlerDeps {
  store: Store;
  events: EventBus;
  info: Omit<AppInfo, 'schemaVersion'>;
}

/** Binds every contract method to its service. */
export function createHandlers({ store, info }: HandlerDeps): Handlers {
  const { db } = store;
  return {
    app: {
      info: () => ({ ...info, schemaVersion: store.schemaVersion }),
    },
    profile: {
      get: () => getProfile(db),
      save: (input) => saveProfile(db, input),
    },
    salary: {
      listOccupations: () => listOccupations(db),
      searchAreas: ({ query, limit }) => searchAreas(db, query, limit),
      getArea: ({ code }) => findArea(db, code) ?? null,
    },
    data: {
      listDatasets: () => listDatasets(db),
    },
  };
}

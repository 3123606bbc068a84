import path from 'node:path';
import type { AppInfo } from '../../shared/ipc/contract';
import { openStore, type Store } from './db/store';
import { EventBus } from './events';
import { createHandlers } from './handlers';
import { createRouter, type Router } from './router';
import { seedBundledData, type SeedReport } from './seed';

export interface CoreOptions {
  dbFile: string;
  /** The folder holding data/ and migrations/ (resources/ in the repo; process.resourcesPath packaged). */
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  nativeBinding?: string;
  onUnexpectedError?: (path: string, error: unknown) => void;
}

export interface Core {
  router: Router;
  events: EventBus;
  store: Store;
  seed: SeedReport;
  close(): void;
}

/** Opens the store, migrates, seeds bundled data and wires the router: the same for every host. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const store = await openStore(options.dbFile, {
    migrationsDir: path.join(options.resourcesDir, 'migrations'),
    nativeBinding: options.nativeBinding,
  });
  try {
    const seed = seedBundledData(store.sqlite, path.join(options.resourcesDir, 'data'));
    const events = new EventBus();
    const handlers = createHandlers({ store, events, info: { version: options.version, host: options.host } });
    const router = createRouter(handlers, { onUnexpectedError: options.onUnexpectedError });
    return { router, events, store, seed, close: () => store.close() };
  } catch (error) {
    store.close();
    throw error;
  }
}

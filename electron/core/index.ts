import path from 'node:path';
import type { AppInfo } from '../../shared/ipc/contract';
import { openStore, type Store } from './db/store';
import { EventBus } from './events';
import { createHandlers } from './handlers';
import { FileInbox, type HostFiles } from './files';
import { explainStoreError } from './db/errors';
import { createRouter, type Router } from './router';
import { seedBundledData, type SeedReport } from './seed';
import { seedSkillCatalog, type CatalogSeedReport } from './seed/skill-catalog';
import type { Clock } from './skill-handlers';

export interface CoreOptions {
  dbFile: string;
  /** The folder holding data/ and migrations/ (resources/ in the repo; process.resourcesPath packaged). */
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  nativeBinding?: string;
  /** Native file dialogs (Electron); hosts without them leave it out. */
  hostFiles?: HostFiles;
  onUnexpectedError?: (path: string, error: unknown) => void;
  /** Where "now" and "today" come from; tests fix it. */
  clock?: Clock;
}

export interface Core {
  router: Router;
  events: EventBus;
  store: Store;
  seed: SeedReport;
  catalog: CatalogSeedReport;
  /** Files the core may read, by token (picked in a dialog or uploaded). */
  files: FileInbox;
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
    const catalog = seedSkillCatalog(store.sqlite, path.join(options.resourcesDir, 'data'));
    const events = new EventBus();
    const dataDir = path.join(options.resourcesDir, 'data');
    const files = new FileInbox();
    const handlers = createHandlers({
      store,
      events,
      info: { version: options.version, host: options.host },
      dataDir,
      files,
      hostFiles: options.hostFiles,
      native: { nativeBinding: options.nativeBinding },
      clock: options.clock,
    });
    const router = createRouter(handlers, { onUnexpectedError: options.onUnexpectedError, explainError: explainStoreError });
    const close = () => {
      files.releaseAll();
      store.close();
    };
    return { router, events, store, seed, catalog, files, close };
  } catch (error) {
    store.close();
    throw error;
  }
}

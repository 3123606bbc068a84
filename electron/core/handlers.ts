import type { AppInfo } from '../../shared/ipc/contract';
import type { Store } from './db/store';
import type { EventBus } from './events';
import type { NativeOptions } from './db/open';
import type { FileInbox, HostFiles } from './files';
import type { Handlers } from './router';
import { deleteDataset, listDatasets, renameDataset } from './services/datasets';
import { getProfile, saveProfile } from './services/profile';
import { findArea, listOccupations, searchAreas } from './services/salary';
import { articleComparison, officialBands } from './services/salary-explorer';
import { ImportRunner } from './services/salary-import/run';
import { previewImport } from './services/salary-import/preview';
import { datasetPercentiles } from './services/salary-percentiles';
import { AppError } from '../../shared/ipc/result';
import { afterProfileSaved, createSkillHandlers, type Clock } from './skill-handlers';

export interface HandlerDeps {
  store: Store;
  events: EventBus;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** Bundled data (resources/data): the article's city map is read from here. */
  dataDir: string;
  files: FileInbox;
  /** Native dialogs, where the host has them (Electron). */
  hostFiles?: HostFiles;
  native?: NativeOptions;
  /** Where "now" and "today" come from; tests fix it. */
  clock?: Clock;
}

/** Binds every contract method to its service. */
export function createHandlers({ store, events, info, dataDir, files, hostFiles, native, clock = () => new Date() }: HandlerDeps): Handlers {
  const { db, sqlite } = store;
  const imports = new ImportRunner({ store, inbox: files, events, native });
  return {
    app: {
      info: () => ({ ...info, schemaVersion: store.schemaVersion }),
    },
    profile: {
      get: () => getProfile(db),
      save: (input) => afterProfileSaved(db, clock, saveProfile(db, input)),
    },
    salary: {
      listOccupations: () => listOccupations(db),
      searchAreas: ({ query, limit }) => searchAreas(db, query, limit),
      getArea: ({ code }) => findArea(db, code) ?? null,
      bands: ({ occupationCode, areaCodes }) => officialBands(sqlite, occupationCode, areaCodes),
      articleComparison: ({ occupationCode }) => articleComparison(sqlite, dataDir, occupationCode),
      percentiles: ({ datasetId, groupBy }) => datasetPercentiles(sqlite, datasetId, groupBy),
      previewImport: ({ token }) => previewImport(db, files, token),
      importCsv: (request) => imports.run(request),
      cancelImport: ({ token }) => ({ cancelled: imports.cancel(token) }),
    },
    data: {
      listDatasets: () => listDatasets(db),
      renameDataset: ({ id, name }) => {
        const renamed = renameDataset(db, sqlite, id, name);
        events.emit('datasetsChanged', { reason: 'renamed' });
        return renamed;
      },
      deleteDataset: ({ id }) => {
        if (imports.busy) throw new AppError('CONFLICT', 'An import is running: delete the dataset when it has finished.');
        const deleted = deleteDataset(sqlite, id);
        events.emit('datasetsChanged', { reason: 'deleted' });
        return deleted;
      },
    },
    files: {
      pickCsv: async () => {
        const picked = hostFiles ? await hostFiles.pickCsvFile() : null;
        return picked ? files.register(picked.path, picked.fileName, false) : null;
      },
      saveCsv: async ({ suggestedName, content }) => {
        if (!hostFiles) throw new AppError('VALIDATION', 'This host has no save dialog; the file is downloaded by the browser instead.');
        return { saved: await hostFiles.saveTextFile(suggestedName, content) };
      },
    },
    ...createSkillHandlers(db, clock),
  };
}

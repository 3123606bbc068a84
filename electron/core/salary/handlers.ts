import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { findArea, listOccupations, searchAreas } from '../services/salary';
import { articleComparison, officialBands } from '../services/salary-explorer';
import { previewImport } from '../services/salary-import/preview';
import type { ImportRunner } from '../services/salary-import/run';

export function salaryHandlers({ db, store, dataDir, files, jobs }: CoreContext, imports: ImportRunner): Handlers['salary'] {
  return {
    listOccupations: () => listOccupations(db),
    searchAreas: ({ query, limit }) => searchAreas(db, query, limit),
    getArea: ({ code }) => findArea(db, code) ?? null,
    bands: ({ occupationCode, areaCodes }) => officialBands(store.sqlite, occupationCode, areaCodes),
    articleComparison: ({ occupationCode }) => articleComparison(store.sqlite, dataDir, occupationCode),
    // One pass over a dataset's records can take a second for a million rows: the worker does it.
    percentiles: ({ datasetId, groupBy }) => jobs.read({ kind: 'percentiles', datasetKey: datasetId, groupBy }),
    previewImport: ({ token }) => previewImport(db, files, token),
    importCsv: (request) => imports.run(request),
    cancelImport: ({ token }) => ({ cancelled: imports.cancel(token) }),
  };
}

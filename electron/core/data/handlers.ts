import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { hideDatasetForDeletion, listDatasets, renameDataset } from '../services/datasets';

export function dataHandlers({ db, jobs }: CoreContext, onError: (error: unknown) => void): Handlers['data'] {
  return {
    listDatasets: () => listDatasets(db),
    renameDataset: ({ id, name }) => renameDataset(db, id, name),
    deleteDataset: ({ id }) => {
      const hidden = hideDatasetForDeletion(db, id);
      // The job reaches the worker from a later microtask, after this transaction has committed;
      // there the hidden rows are deleted in short steps.
      jobs.write({ kind: 'purge' }).catch(onError);
      return hidden;
    },
  };
}

import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import {
  addItem,
  addWeekOff,
  createRoadmap,
  deleteRoadmap,
  duplicateRoadmap,
  getRoadmap,
  listPaths,
  listRoadmaps,
  removeItem,
  removeWeekOff,
  renameRoadmap,
  reorderItems,
  setActive,
  setArchived,
  setPlan,
  updateItem,
} from '../services/roadmap';

export function roadmapHandlers({ db, clock, today }: CoreContext): Handlers['roadmap'] {
  return {
    listPaths: () => listPaths(db),
    list: () => listRoadmaps(db),
    get: ({ id }) => getRoadmap(db, id, today()),
    create: (input) => createRoadmap(db, input, clock()),
    rename: ({ id, name }) => renameRoadmap(db, id, name, clock()),
    duplicate: ({ id, name }) => duplicateRoadmap(db, id, name, clock()),
    setArchived: ({ id, archived }) => setArchived(db, id, archived, clock()),
    delete: ({ id }) => deleteRoadmap(db, id),
    setActive: ({ id }) => setActive(db, id),
    addItem: (input) => addItem(db, input, clock()),
    removeItem: ({ id }) => removeItem(db, id, clock()),
    reorder: ({ roadmapId, itemIds }) => reorderItems(db, roadmapId, itemIds, clock()),
    updateItem: (input) => updateItem(db, input, clock()),
    setPlan: (input) => setPlan(db, input, clock()),
    addWeekOff: (input) => addWeekOff(db, input, clock()),
    removeWeekOff: ({ id }) => removeWeekOff(db, id, clock()),
  };
}

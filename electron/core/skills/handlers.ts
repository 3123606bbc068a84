import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { disabledEdges } from '../services/custom-edges';
import { skillDetail } from '../services/progress';
import {
  addEdge,
  addResource,
  createCustomSkill,
  deleteCustomSkill,
  listSkills,
  removeEdge,
  removeResource,
  restoreCustomSkill,
  saveNote,
  setEstimate,
} from '../services/skills';

export function skillsHandlers({ db, clock }: CoreContext): Handlers['skills'] {
  return {
    list: () => listSkills(db),
    get: ({ id }) => skillDetail(db, id),
    createCustom: (input) => createCustomSkill(db, input, clock()),
    deleteCustom: ({ id }) => deleteCustomSkill(db, id, clock()),
    restoreCustom: ({ id }) => restoreCustomSkill(db, id),
    addEdge: (edge) => addEdge(db, edge, clock()),
    removeEdge: (edge) => removeEdge(db, edge),
    disabledEdges: () => disabledEdges(db),
    setEstimate: ({ id, estimatedHours }) => setEstimate(db, id, estimatedHours, clock()),
    addResource: (input) => addResource(db, input, clock()),
    removeResource: ({ id }) => removeResource(db, id),
    saveNote: (input) => saveNote(db, input, clock()),
  };
}

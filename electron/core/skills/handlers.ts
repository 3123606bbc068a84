import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { skillDetail } from '../services/progress';
import { addEdge, addResource, createCustomSkill, listSkills, removeResource, saveNote, setEstimate } from '../services/skills';

export function skillsHandlers({ db, clock }: CoreContext): Handlers['skills'] {
  return {
    list: () => listSkills(db),
    get: ({ id }) => skillDetail(db, id),
    createCustom: (input) => createCustomSkill(db, input, clock()),
    addEdge: (edge) => addEdge(db, edge, clock()),
    setEstimate: ({ id, estimatedHours }) => setEstimate(db, id, estimatedHours, clock()),
    addResource: (input) => addResource(db, input, clock()),
    removeResource: ({ id }) => removeResource(db, id),
    saveNote: (input) => saveNote(db, input, clock()),
  };
}

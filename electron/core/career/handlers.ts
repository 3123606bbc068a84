import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { bandFor } from '../services/career-band';
import { project, projectionData } from '../services/projection';
import { learnNextData } from '../services/learn-next';
import { getLadder, resetLadderValue, setLadderValue } from '../services/career-ladder';
import { createScenario, deleteScenario, listScenarios, updateScenario } from '../services/scenarios';

export function careerHandlers({ db, store, clock, today }: CoreContext): Handlers['career'] {
  return {
    ladder: () => getLadder(db),
    setLadderValue: (input) => setLadderValue(db, input, clock()),
    resetLadderValue: (input) => resetLadderValue(db, input),
    band: (input) => bandFor(store.sqlite, input),
    scenarios: () => listScenarios(db),
    createScenario: (input) => createScenario(db, input, clock()),
    updateScenario: (input) => updateScenario(db, input, clock()),
    deleteScenario: ({ id }) => deleteScenario(db, id),
    projectionData: ({ params }) => projectionData(store, params, today()),
    project: ({ params }) => project(store, params, today()),
    learnNextData: () => learnNextData(store, today()),
  };
}

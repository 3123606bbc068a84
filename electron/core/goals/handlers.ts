import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { createGoal, deleteGoal, listGoals, markGoalDone, restoreGoal, updateGoal } from '../services/goals';

export function goalsHandlers({ db, clock, today }: CoreContext): Handlers['goals'] {
  return {
    list: () => listGoals(db, today()),
    create: (input) => createGoal(db, input, today(), clock()),
    update: (input) => updateGoal(db, input, today()),
    markDone: ({ id }) => markGoalDone(db, id, today()),
    delete: ({ id }) => deleteGoal(db, id, clock()),
    restore: ({ id }) => restoreGoal(db, id, today()),
  };
}

import { toIso } from '../../shared/domain/dates';
import type { Db } from './db/store';
import type { Handlers } from './router';
import { disabledEdges } from './services/custom-edges';
import { createGoal, deleteGoal, evaluateGoals, listGoals, markGoalDone, restoreGoal, updateGoal } from './services/goals';
import {
  dashboardSummary,
  deleteStudy,
  editStudy,
  listLog,
  logStudy,
  progressStats,
  setProgress,
  skillDetail,
} from './services/progress';
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
} from './services/skills';

/** Today's date and the current instant; tests pass a fixed clock so "today" is deterministic. */
export type Clock = () => Date;

/** The skills, progress, goals and dashboard part of the handler map. */
export function createSkillHandlers(db: Db, clock: Clock): Pick<Handlers, 'skills' | 'progress' | 'goals' | 'dashboard'> {
  const today = () => toIso(clock());
  return {
    skills: {
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
    },
    progress: {
      set: (input) => setProgress(db, input, today(), clock()),
      logStudy: (input) => logStudy(db, input, today(), clock()),
      editStudy: (input) => editStudy(db, input, today(), clock()),
      deleteStudy: ({ eventId }) => deleteStudy(db, eventId, today(), clock()),
      log: (query) => listLog(db, query),
      stats: ({ streakUnit }) => progressStats(db, today(), streakUnit),
    },
    goals: {
      list: () => listGoals(db, today()),
      create: (input) => createGoal(db, input, today(), clock()),
      update: (input) => updateGoal(db, input, today()),
      markDone: ({ id }) => markGoalDone(db, id, today()),
      delete: ({ id }) => deleteGoal(db, id, clock()),
      restore: ({ id }) => restoreGoal(db, id, today()),
    },
    dashboard: {
      summary: ({ streakUnit }) => dashboardSummary(db, today(), streakUnit),
    },
  };
}

/** After the profile changes, salary and career-level goals may have been reached. */
export function afterProfileSaved<T>(db: Db, clock: Clock, saved: T): T {
  evaluateGoals(db, toIso(clock()));
  return saved;
}

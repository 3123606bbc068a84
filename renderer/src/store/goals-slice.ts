import type { StateCreator } from 'zustand';
import type { Goal } from '@shared/domain/goals';
import { getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface GoalsSlice {
  goals: Goal[] | null;
  loadGoals(): Promise<void>;
  createGoal(draft: unknown): Promise<FormOutcome<Goal>>;
  updateGoal(id: number, draft: object): Promise<FormOutcome<Goal>>;
  markGoalDone(id: number): Promise<void>;
  /** Deletes at once and offers Undo. */
  deleteGoal(id: number): Promise<void>;
  restoreGoal(id: number): Promise<void>;
}

export const createGoalsSlice: StateCreator<AppState, [], [], GoalsSlice> = (set, get) => ({
  goals: null,
  async loadGoals() {
    set({ goals: await unwrap(getApi().goals.list()) });
  },
  async createGoal(draft) {
    return submitForm((s) => s.GoalInput, draft, (input) => unwrap(getApi().goals.create(input)));
  },
  async updateGoal(id, draft) {
    return submitForm((s) => s.GoalUpdateInput, { ...draft, id }, (input) => unwrap(getApi().goals.update(input)));
  },
  async markGoalDone(id) {
    await unwrap(getApi().goals.markDone({ id }));
  },
  async deleteGoal(id) {
    const title = get().goals?.find((g) => g.id === id)?.title;
    await unwrap(getApi().goals.delete({ id }));
    get().offerUndo({ message: title ? `Goal “${title}” deleted.` : 'Goal deleted.', undo: () => get().restoreGoal(id) });
  },
  async restoreGoal(id) {
    await unwrap(getApi().goals.restore({ id }));
  },
});

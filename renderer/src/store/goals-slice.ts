import type { StateCreator } from 'zustand';
import { GoalInput, type Goal } from '../../../shared/domain/goals';
import { getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface GoalsSlice {
  goals: Goal[] | null;
  loadGoals(): Promise<void>;
  createGoal(draft: unknown): Promise<FormOutcome<Goal>>;
  markGoalDone(id: number): Promise<void>;
  deleteGoal(id: number): Promise<void>;
}

export const createGoalsSlice: StateCreator<AppState, [], [], GoalsSlice> = (set) => ({
  goals: null,
  async loadGoals() {
    set({ goals: await unwrap(getApi().goals.list()) });
  },
  async createGoal(draft) {
    return submitForm(GoalInput, draft, (input) => unwrap(getApi().goals.create(input)));
  },
  async markGoalDone(id) {
    await unwrap(getApi().goals.markDone({ id }));
  },
  async deleteGoal(id) {
    await unwrap(getApi().goals.delete({ id }));
  },
});

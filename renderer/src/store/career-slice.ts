import type { StateCreator } from 'zustand';
import type { Ladder } from '@shared/domain/career-ladder';
import { getApi, unwrap } from '../api';
import type { AppState } from '.';

export interface CareerSlice {
  /** The career ladder with the user's edits; null until loaded. */
  ladder: Ladder | null;
  loadLadder(): Promise<void>;
}

export const createCareerSlice: StateCreator<AppState, [], [], CareerSlice> = (set) => ({
  ladder: null,
  async loadLadder() {
    set({ ladder: await unwrap(getApi().career.ladder()) });
  },
});

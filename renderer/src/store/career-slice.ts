import type { StateCreator } from 'zustand';
import type { Ladder } from '@shared/domain/career-ladder';
import type { LearnNextData } from '@shared/domain/learn-next';
import { getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface CareerSlice {
  /** The career ladder with the user's edits; null until loaded. */
  ladder: Ladder | null;
  loadLadder(): Promise<void>;
  /** One ladder value; the core's refusal (e.g. a band position below the level under it) comes back beside the field. */
  setLadderValue(draft: unknown): Promise<FormOutcome<Ladder>>;
  resetLadderValue(draft: unknown): Promise<FormOutcome<Ladder>>;
  /** What "what to learn next" ranks (the ranking itself is the pure rankLearnNext); null until loaded. */
  learnNext: LearnNextData | null;
  loadLearnNext(): Promise<void>;
}

// Writes do not reload anything themselves: core's dataChanged event does (store/data-sync.ts).
export const createCareerSlice: StateCreator<AppState, [], [], CareerSlice> = (set) => ({
  ladder: null,
  async loadLadder() {
    set({ ladder: await unwrap(getApi().career.ladder()) });
  },
  async setLadderValue(draft) {
    return submitForm((s) => s.SetLadderValueInput, draft, (input) => unwrap(getApi().career.setLadderValue(input)));
  },
  async resetLadderValue(draft) {
    return submitForm((s) => s.ResetLadderValueInput, draft, (input) => unwrap(getApi().career.resetLadderValue(input)));
  },
  learnNext: null,
  async loadLearnNext() {
    set({ learnNext: await unwrap(getApi().career.learnNextData()) });
  },
});

import type { StateCreator } from 'zustand';
import type { AppState } from '.';

export interface UndoOffer {
  /** What just happened, e.g. "Goal “Give a talk” deleted." */
  message: string;
  undo(): Promise<void>;
}

/**
 * Deleting what the app can bring back (a goal, a custom skill) happens at once and offers
 * "Undo" until the next offer replaces it or the user dismisses it; deleting what it cannot
 * (an imported dataset) asks first.
 */
export interface UndoSlice {
  undoOffer: UndoOffer | null;
  offerUndo(offer: UndoOffer): void;
  runUndo(): Promise<void>;
  dismissUndo(): void;
}

export const createUndoSlice: StateCreator<AppState, [], [], UndoSlice> = (set, get) => ({
  undoOffer: null,
  offerUndo(offer) {
    set({ undoOffer: offer });
  },
  async runUndo() {
    const offer = get().undoOffer;
    if (!offer) return;
    set({ undoOffer: null });
    await offer.undo();
  },
  dismissUndo() {
    set({ undoOffer: null });
  },
});

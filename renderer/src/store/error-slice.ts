import type { StateCreator } from 'zustand';
import type { AppState } from '.';

export interface ErrorSlice {
  /** The last failure nobody handled in place; shown as a banner until dismissed. */
  error: string | null;
  reportError(error: unknown): void;
  dismissError(): void;
}

export const createErrorSlice: StateCreator<AppState, [], [], ErrorSlice> = (set) => ({
  error: null,
  reportError(error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  },
  dismissError() {
    set({ error: null });
  },
});

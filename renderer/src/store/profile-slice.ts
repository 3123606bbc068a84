import type { StateCreator } from 'zustand';
import { ProfileInput, type Profile } from '../../../shared/domain/profile';
import { issuesFromZod } from '../../../shared/ipc/result';
import { ApiError, getApi, unwrap } from '../api';
import { fieldErrorsFrom, type FieldErrors } from './field-errors';
import type { AppState } from '.';

export type SaveOutcome = { ok: true; profile: Profile } | { ok: false; message: string; fieldErrors: FieldErrors };

export interface ProfileSlice {
  profile: Profile | null;
  profileLoaded: boolean;
  loadProfile(): Promise<void>;
  /** Validates with the contract's schema first, so the user sees field errors without a round trip. */
  saveProfile(draft: unknown): Promise<SaveOutcome>;
}

export const createProfileSlice: StateCreator<AppState, [], [], ProfileSlice> = (set) => ({
  profile: null,
  profileLoaded: false,
  async loadProfile() {
    const profile = await unwrap(getApi().profile.get());
    set({ profile, profileLoaded: true });
  },
  async saveProfile(draft) {
    const parsed = ProfileInput.safeParse(draft);
    if (!parsed.success) {
      return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsFrom(issuesFromZod(parsed.error)) };
    }
    try {
      const profile = await unwrap(getApi().profile.save(parsed.data));
      set({ profile, profileLoaded: true });
      return { ok: true, profile };
    } catch (error) {
      if (error instanceof ApiError) {
        return { ok: false, message: error.message, fieldErrors: fieldErrorsFrom(error.issues) };
      }
      throw error;
    }
  },
});

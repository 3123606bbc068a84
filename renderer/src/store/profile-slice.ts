import type { StateCreator } from 'zustand';
import type { Profile } from '@shared/domain/profile';
import { getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface ProfileSlice {
  profile: Profile | null;
  profileLoaded: boolean;
  loadProfile(): Promise<void>;
  saveProfile(draft: unknown): Promise<FormOutcome<Profile>>;
}

export const createProfileSlice: StateCreator<AppState, [], [], ProfileSlice> = (set) => ({
  profile: null,
  profileLoaded: false,
  async loadProfile() {
    const profile = await unwrap(getApi().profile.get());
    set({ profile, profileLoaded: true });
  },
  async saveProfile(draft) {
    const outcome = await submitForm((s) => s.ProfileInput, draft, (input) => unwrap(getApi().profile.save(input)));
    if (outcome.ok) set({ profile: outcome.value, profileLoaded: true });
    return outcome;
  },
});

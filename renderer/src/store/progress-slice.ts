import type { StateCreator } from 'zustand';
import type { ProgressEvent, ProgressStats, StreakUnit } from '@shared/domain/progress';
import { STREAK_UNITS } from '@shared/domain/vocabulary';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { getApi, unwrap } from '../api';
import { myBandKey } from './explorer-slice';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

const STREAK_KEY = 'trajectory.streakUnit';

function storedStreakUnit(): StreakUnit {
  const value = globalThis.localStorage?.getItem(STREAK_KEY);
  return STREAK_UNITS.find((u) => u === value) ?? 'days';
}

export interface ProgressSlice {
  progressStats: ProgressStats | null;
  dashboard: DashboardSummary | null;
  /** Days or weeks: a display choice per device, like the theme. */
  streakUnit: StreakUnit;
  /** The quick "log study" dialog: open from anywhere, optionally for one skill. */
  quickLog: { open: boolean; skillId: string | null };
  loadProgressStats(): Promise<void>;
  loadDashboard(): Promise<void>;
  /** The dashboard's first screen in one request: the profile, the summary and the salary standing's band, set together. */
  loadDashboardFirstScreen(): Promise<void>;
  setStreakUnit(unit: StreakUnit): Promise<void>;
  openQuickLog(skillId?: string | null): void;
  closeQuickLog(): void;
  logStudy(draft: unknown): Promise<FormOutcome<ProgressEvent>>;
  editStudy(draft: unknown): Promise<FormOutcome<ProgressEvent>>;
  deleteStudy(eventId: number): Promise<void>;
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set, get) => ({
  progressStats: null,
  dashboard: null,
  streakUnit: storedStreakUnit(),
  quickLog: { open: false, skillId: null },
  async loadProgressStats() {
    set({ progressStats: await unwrap(getApi().progress.stats({ streakUnit: get().streakUnit })) });
  },
  async loadDashboard() {
    set({ dashboard: await unwrap(getApi().dashboard.summary({ streakUnit: get().streakUnit })) });
  },
  async loadDashboardFirstScreen() {
    const { profile, summary, band } = await unwrap(getApi().dashboard.firstScreen({ streakUnit: get().streakUnit }));
    // One update, so the screen draws its cards once, with everything in them.
    set({ profile, profileLoaded: true, dashboard: summary, myBand: profile ? { key: myBandKey(profile), band } : null });
  },
  async setStreakUnit(unit) {
    globalThis.localStorage?.setItem(STREAK_KEY, unit);
    set({ streakUnit: unit });
    // A display choice, not data: reload the two views that count the streak.
    const { progressStats, dashboard } = get();
    await Promise.all([progressStats && get().loadProgressStats(), dashboard && get().loadDashboard()]);
  },
  openQuickLog(skillId = null) {
    set({ quickLog: { open: true, skillId } });
  },
  closeQuickLog() {
    set({ quickLog: { open: false, skillId: null } });
  },
  async logStudy(draft) {
    return submitForm((s) => s.StudyInput, draft, (input) => unwrap(getApi().progress.logStudy(input)));
  },
  async editStudy(draft) {
    return submitForm((s) => s.StudyEditInput, draft, (input) => unwrap(getApi().progress.editStudy(input)));
  },
  async deleteStudy(eventId) {
    await unwrap(getApi().progress.deleteStudy({ eventId }));
  },
});

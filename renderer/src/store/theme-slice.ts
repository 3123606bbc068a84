import type { StateCreator } from 'zustand';
import type { AppState } from '.';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'trajectory.theme';

function storedTheme(): Theme {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return THEMES.find((t) => t === value) ?? 'system';
}

export interface ThemeSlice {
  theme: Theme;
  setTheme(theme: Theme): void;
}

/** The theme is a per-device display preference, so it lives in localStorage, not the database. */
export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: storedTheme(),
  setTheme(theme) {
    globalThis.localStorage?.setItem(STORAGE_KEY, theme);
    set({ theme });
  },
});

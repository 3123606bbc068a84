import type { StateCreator } from 'zustand';
import type { AppState } from '.';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'trajectory.theme';

function storedTheme(): Theme {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return THEMES.find((t) => t === value) ?? 'system';
}

/**
 * Pins the colours on <html> at once, not in an effect: charts read the resolved token colours
 * while they render, which happens before any effect of the same update runs.
 */
function applyTheme(theme: Theme): void {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export interface ThemeSlice {
  theme: Theme;
  setTheme(theme: Theme): void;
}

/** The theme is a per-device display preference, so it lives in localStorage, not the database. */
export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => {
  const theme = storedTheme();
  applyTheme(theme);
  return {
    theme,
    setTheme(next) {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      applyTheme(next);
      set({ theme: next });
    },
  };
};

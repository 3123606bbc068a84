import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createErrorSlice, type ErrorSlice } from './error-slice';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { createThemeSlice, type ThemeSlice } from './theme-slice';

export type AppState = ProfileSlice & DataSlice & ThemeSlice & ErrorSlice;

/** One store made of slices; components read with selectors and act through its actions. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createProfileSlice(...args),
  ...createDataSlice(...args),
  ...createThemeSlice(...args),
  ...createErrorSlice(...args),
}));

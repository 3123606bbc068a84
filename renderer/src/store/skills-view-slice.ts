import type { StateCreator } from 'zustand';
import type { SkillCategory } from '@shared/domain/skills';
import { NO_FILTERS, type SkillFilters } from '../features/skills/skill-filters';
import type { AppState } from '.';

/**
 * How the Skills screen was left: filters and the categories opened or closed. Kept for the
 * session (in the store, not on disk), so leaving a skill's page returns to the same list.
 */
export interface SkillsViewSlice {
  skillFilters: SkillFilters;
  /** Only categories the user opened or closed; the others follow whether anything in them is started. */
  openCategories: Partial<Record<SkillCategory, boolean>>;
  setSkillFilters(patch: Partial<SkillFilters>): void;
  clearSkillFilters(): void;
  setCategoriesOpen(categories: readonly SkillCategory[], open: boolean): void;
}

export const createSkillsViewSlice: StateCreator<AppState, [], [], SkillsViewSlice> = (set) => ({
  skillFilters: NO_FILTERS,
  openCategories: {},
  setSkillFilters(patch) {
    set((s) => ({ skillFilters: { ...s.skillFilters, ...patch } }));
  },
  clearSkillFilters() {
    set({ skillFilters: NO_FILTERS });
  },
  setCategoriesOpen(categories, open) {
    set((s) => ({ openCategories: { ...s.openCategories, ...Object.fromEntries(categories.map((c) => [c, open])) } }));
  },
});

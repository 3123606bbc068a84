import { create } from 'zustand';
import { createBackupsSlice, type BackupsSlice } from './backups-slice';
import { createCareerSlice, type CareerSlice } from './career-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createErrorSlice, type ErrorSlice } from './error-slice';
import { createExplorerSlice, type ExplorerSlice } from './explorer-slice';
import { createGoalsSlice, type GoalsSlice } from './goals-slice';
import { createPersonalDataSlice, type PersonalDataSlice } from './personal-data-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createProjectionSlice, type ProjectionSlice } from './projection-slice';
import { createRecoverySlice, type RecoverySlice } from './recovery-slice';
import { createRoadmapSlice, type RoadmapSlice } from './roadmap-slice';
import { createSalarySlice, type SalarySlice } from './salary-slice';
import { createSkillsSlice, type SkillsSlice } from './skills-slice';
import { createSkillsViewSlice, type SkillsViewSlice } from './skills-view-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createThemeSlice, type ThemeSlice } from './theme-slice';
import { createUndoSlice, type UndoSlice } from './undo-slice';

export type AppState = ProfileSlice &
  DataSlice &
  ThemeSlice &
  ErrorSlice &
  SalarySlice &
  ExplorerSlice &
  SkillsSlice &
  SkillsViewSlice &
  ProgressSlice &
  GoalsSlice &
  RoadmapSlice &
  PlanSlice &
  CareerSlice &
  ProjectionSlice &
  UndoSlice &
  SyncSlice &
  PersonalDataSlice &
  RecoverySlice &
  BackupsSlice;

/** One store made of slices; components read with selectors and act through its actions. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createProfileSlice(...args),
  ...createDataSlice(...args),
  ...createThemeSlice(...args),
  ...createErrorSlice(...args),
  ...createSalarySlice(...args),
  ...createExplorerSlice(...args),
  ...createSkillsSlice(...args),
  ...createSkillsViewSlice(...args),
  ...createProgressSlice(...args),
  ...createGoalsSlice(...args),
  ...createRoadmapSlice(...args),
  ...createPlanSlice(...args),
  ...createCareerSlice(...args),
  ...createProjectionSlice(...args),
  ...createUndoSlice(...args),
  ...createSyncSlice(...args),
  ...createPersonalDataSlice(...args),
  ...createRecoverySlice(...args),
  ...createBackupsSlice(...args),
}));

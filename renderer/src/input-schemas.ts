// The contract's input schemas the store checks drafts with, and the one helper that reads zod's
// errors. Its own chunk, loaded by loadInputSchemas() the first time a draft is checked: zod and
// these schemas stay out of the chunks every window loads before it shows.
export { ResetLadderValueInput, SetLadderValueInput } from '@shared/domain/career-ladder';
export { GoalInput, GoalUpdateInput } from '@shared/domain/goals';
export { ProfileInput } from '@shared/domain/profile';
export { StudyEditInput, StudyInput } from '@shared/domain/progress';
export { AddItemInput, AddWeekOffInput, CreateRoadmapInput, RenameRoadmapInput, SetPlanInput, UpdateItemInput } from '@shared/domain/roadmap';
export { PickedFile } from '@shared/domain/salary-import';
export { CreateScenarioInput } from '@shared/domain/scenarios';
export { CustomSkillInput, EdgeInput, EstimateInput, NoteInput, ProgressInput, ResourceInput } from '@shared/domain/skills';
export { issuesFromZod } from '@shared/ipc/result';

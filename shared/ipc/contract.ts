import { z } from 'zod';
import { Profile, ProfileInput } from '../domain/profile';
import { Area, AreaSearch, DatasetSummary, Occupation } from '../domain/salary';
import { ArticleCity, BandQuery, PercentileGroups, PercentileQuery, SalaryBand } from '../domain/salary-explorer';
import { FileToken, ImportPreview, ImportProgress, ImportRequest, ImportResult, PickedFile } from '../domain/salary-import';
import { DisabledEdge } from '../domain/custom-edges';
import { Goal, GoalIdInput, GoalInput, GoalUpdateInput } from '../domain/goals';
import { LogQuery, ProgressEvent, ProgressStats, StatsInput, StudyDeleteInput, StudyEditInput, StudyInput } from '../domain/progress';
import { DashboardSummary, SkillDetail } from '../domain/skill-detail';
import {
  CustomSkillInput,
  EdgeInput,
  EstimateInput,
  NoteInput,
  ProgressInput,
  Resource,
  ResourceIdInput,
  ResourceInput,
  SkillIdInput,
  SkillSummary,
} from '../domain/skills';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.void();

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  host: z.enum(['electron', 'web', 'test']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * THE contract between renderer and main: every method's input and output, grouped by domain.
 * Channel names, the preload's api, the web client and the router's handler map all derive from it.
 */
export const contract = {
  app: {
    info: method(noInput, AppInfo),
  },
  profile: {
    get: method(noInput, Profile.nullable()),
    save: method(ProfileInput, Profile),
  },
  salary: {
    listOccupations: method(noInput, z.array(Occupation)),
    searchAreas: method(AreaSearch, z.array(Area)),
    getArea: method(z.object({ code: z.string() }), Area.nullable()),
    bands: method(BandQuery, z.array(SalaryBand)),
    articleComparison: method(z.object({ occupationCode: z.string().default('15-1252') }), z.array(ArticleCity)),
    percentiles: method(PercentileQuery, PercentileGroups),
    previewImport: method(z.object({ token: FileToken }), ImportPreview),
    importCsv: method(ImportRequest, ImportResult),
    cancelImport: method(z.object({ token: FileToken }), z.object({ cancelled: z.boolean() })),
  },
  data: {
    listDatasets: method(noInput, z.array(DatasetSummary)),
    renameDataset: method(z.object({ id: z.string(), name: z.string().trim().min(1, 'Give the dataset a name').max(120, 'The name must be at most 120 characters') }), DatasetSummary),
    deleteDataset: method(z.object({ id: z.string() }), z.object({ deletedRecords: z.number().int() })),
  },
  skills: {
    list: method(noInput, z.array(SkillSummary)),
    get: method(SkillIdInput, SkillDetail),
    createCustom: method(CustomSkillInput, SkillSummary),
    /** Soft delete of a skill the user added: it leaves lists, pickers and links; its log entries and goals stay and say so. */
    deleteCustom: method(SkillIdInput, z.object({ deleted: z.boolean() })),
    restoreCustom: method(SkillIdInput, SkillSummary),
    addEdge: method(EdgeInput, z.object({ added: z.boolean() })),
    /** Only the user's own edges; a catalog edge is refused with CONFLICT. */
    removeEdge: method(EdgeInput, z.object({ removed: z.boolean() })),
    /** The user's edges a catalog update (or a restored skill) turned off, with the reason. */
    disabledEdges: method(noInput, z.array(DisabledEdge)),
    setEstimate: method(EstimateInput, SkillSummary),
    addResource: method(ResourceInput, Resource),
    removeResource: method(ResourceIdInput, z.object({ removed: z.boolean() })),
    saveNote: method(NoteInput, z.object({ updatedAt: z.string() })),
  },
  progress: {
    /** Level, target level and status; each change is logged as an event. */
    set: method(ProgressInput, SkillSummary),
    logStudy: method(StudyInput, ProgressEvent),
    /** Corrections append a replacing event; the log is never rewritten. */
    editStudy: method(StudyEditInput, ProgressEvent),
    deleteStudy: method(StudyDeleteInput, ProgressEvent),
    log: method(LogQuery, z.array(ProgressEvent)),
    stats: method(StatsInput, ProgressStats),
  },
  goals: {
    list: method(noInput, z.array(Goal)),
    create: method(GoalInput, Goal),
    /** Replaces title, due date, note and target; changing what a measurable goal measures checks it again (it may reopen). */
    update: method(GoalUpdateInput, Goal),
    markDone: method(GoalIdInput, Goal),
    /** Soft delete; `restore` undoes it. */
    delete: method(GoalIdInput, z.object({ deleted: z.boolean() })),
    restore: method(GoalIdInput, Goal),
  },
  dashboard: {
    summary: method(StatsInput, DashboardSummary),
  },
  files: {
    /** Electron: the native open dialog; null when cancelled or when the host has no dialog (web). */
    pickCsv: method(noInput, PickedFile.nullable()),
    /** Electron: the native save dialog, then writes the file; saved = false when cancelled. */
    saveCsv: method(z.object({ suggestedName: z.string().max(200), content: z.string() }), z.object({ saved: z.boolean() })),
  },
} as const;

/** Pushes from main to renderer. */
export const events = {
  datasetsChanged: z.object({ reason: z.enum(['seeded', 'imported', 'renamed', 'deleted']) }),
  importProgress: ImportProgress,
} as const;

export const CHANNEL_PREFIX = 'trajectory:';
export const EVENT_CHANNEL_PREFIX = 'trajectory:event:';

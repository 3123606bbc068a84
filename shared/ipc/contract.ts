import { z } from 'zod';
import { Profile, ProfileInput } from '../domain/profile';
import { Area, AreaSearch, DatasetId, DatasetSummary, Occupation } from '../domain/salary';
import { ArticleCity, BandQuery, PercentileGroups, PercentileQuery, SalaryBand } from '../domain/salary-explorer';
import { FileToken, ImportPreview, ImportProgress, ImportRequest, ImportResult, PickedFile } from '../domain/salary-import';
import { DisabledEdge } from '../domain/custom-edges';
import { Goal, GoalIdInput, GoalInput, GoalUpdateInput } from '../domain/goals';
import { LogQuery, ProgressEvent, ProgressStats, StatsInput, StudyDeleteInput, StudyEditInput, StudyInput } from '../domain/progress';
import { DashboardFirstScreen, DashboardSummary } from '../domain/dashboard';
import { Ladder, ResetLadderValueInput, SetLadderValueInput } from '../domain/career-ladder';
import { LearnNextData } from '../domain/learn-next';
import { BandRequest, Projection, ProjectionBand, ProjectionData, ScenarioParams } from '../domain/projection';
import { CreateScenarioInput, Scenario, ScenarioIdInput, UpdateScenarioInput } from '../domain/scenarios';
import {
  AddItemInput,
  AddWeekOffInput,
  AddedItems,
  ArchiveRoadmapInput,
  CreateRoadmapInput,
  DuplicateRoadmapInput,
  ItemIdInput,
  RenameRoadmapInput,
  ReorderInput,
  RoadmapIdInput,
  RoadmapItem,
  RoadmapPath,
  RoadmapSummary,
  RoadmapView,
  RoadmapWeekOff,
  SetPlanInput,
  UpdateItemInput,
  WeekOffIdInput,
} from '../domain/roadmap';
import { PlanExportOptions, PlanExportResult } from '../domain/plan-export';
import { PlanDocument } from '../domain/plan-document';
import { BackupInfo, RestoreBackupInput, RestoreResult } from '../domain/backups';
import { PersonalDataExportResult, PersonalDataImportRequest, PersonalDataImportResult, PersonalDataPreview } from '../domain/personal-data';
import { SkillDetail } from '../domain/skill-detail';
import { RecoveryOutcome, RecoveryState, RecoveryStatus, RestoreAtStartInput } from '../domain/recovery';
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

/**
 * What a write can change, as the renderer's views depend on it. After each committed write core
 * emits `dataChanged` with the domains the method declares; the store reloads what depends on them.
 */
export const DATA_DOMAINS = ['profile', 'datasets', 'skills', 'progress', 'goals', 'roadmap', 'career'] as const;
export const DataDomain = z.enum(DATA_DOMAINS);
export type DataDomain = z.infer<typeof DataDomain>;

/** Reads: never write, answered at once (heavy ones run in a worker). */
const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, kind: 'query' as const });
/** Writes: run one at a time through core's write queue, each in one transaction. */
const mutation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, changes: readonly DataDomain[]) => ({
  input,
  output,
  kind: 'mutation' as const,
  changes,
});
/** Long work in a worker with its own connection; it commits its own writes and reports progress. */
const job = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, changes: readonly DataDomain[]) => ({
  input,
  output,
  kind: 'job' as const,
  changes,
});
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
    info: query(noInput, AppInfo),
  },
  profile: {
    get: query(noInput, Profile.nullable()),
    save: mutation(ProfileInput, Profile, ['profile']),
  },
  salary: {
    listOccupations: query(noInput, z.array(Occupation)),
    searchAreas: query(AreaSearch, z.array(Area)),
    getArea: query(z.object({ code: z.string() }), Area.nullable()),
    bands: query(BandQuery, z.array(SalaryBand)),
    articleComparison: query(z.object({ occupationCode: z.string().default('15-1252') }), z.array(ArticleCity)),
    percentiles: query(PercentileQuery, PercentileGroups),
    previewImport: query(z.object({ token: FileToken }), ImportPreview),
    importCsv: job(ImportRequest, ImportResult, ['datasets']),
    cancelImport: query(z.object({ token: FileToken }), z.object({ cancelled: z.boolean() })),
  },
  data: {
    listDatasets: query(noInput, z.array(DatasetSummary)),
    renameDataset: mutation(z.object({ id: DatasetId, name: z.string().trim().min(1, 'Give the dataset a name').max(120, 'The name must be at most 120 characters') }), DatasetSummary, ['datasets']),
    deleteDataset: mutation(z.object({ id: DatasetId }), z.object({ deletedRecords: z.number().int() }), ['datasets']),
  },
  skills: {
    list: query(noInput, z.array(SkillSummary)),
    get: query(SkillIdInput, SkillDetail),
    createCustom: mutation(CustomSkillInput, SkillSummary, ['skills']),
    /** Soft delete of a skill the user added: it leaves lists, pickers and links; its log entries and goals stay and say so. */
    deleteCustom: mutation(SkillIdInput, z.object({ deleted: z.boolean() }), ['skills', 'progress', 'goals']),
    restoreCustom: mutation(SkillIdInput, SkillSummary, ['skills', 'progress', 'goals']),
    addEdge: mutation(EdgeInput, z.object({ added: z.boolean() }), ['skills']),
    /** Only the user's own edges; a catalog edge is refused with CONFLICT. */
    removeEdge: mutation(EdgeInput, z.object({ removed: z.boolean() }), ['skills']),
    /** The user's edges a catalog update (or a restored skill) turned off, with the reason. */
    disabledEdges: query(noInput, z.array(DisabledEdge)),
    setEstimate: mutation(EstimateInput, SkillSummary, ['skills']),
    addResource: mutation(ResourceInput, Resource, ['skills']),
    removeResource: mutation(ResourceIdInput, z.object({ removed: z.boolean() }), ['skills']),
    saveNote: mutation(NoteInput, z.object({ updatedAt: z.string() }), ['skills']),
  },
  progress: {
    /** Level, target level and status; each change is logged as an event. */
    set: mutation(ProgressInput, SkillSummary, ['skills', 'progress']),
    logStudy: mutation(StudyInput, ProgressEvent, ['progress']),
    /** Corrections append a replacing event; the log is never rewritten. */
    editStudy: mutation(StudyEditInput, ProgressEvent, ['progress']),
    deleteStudy: mutation(StudyDeleteInput, ProgressEvent, ['progress']),
    log: query(LogQuery, z.array(ProgressEvent)),
    stats: query(StatsInput, ProgressStats),
  },
  goals: {
    list: query(noInput, z.array(Goal)),
    create: mutation(GoalInput, Goal, ['goals']),
    /** Replaces title, due date, note and target; changing what a measurable goal measures checks it again (it may reopen). */
    update: mutation(GoalUpdateInput, Goal, ['goals']),
    markDone: mutation(GoalIdInput, Goal, ['goals']),
    /** Soft delete; `restore` undoes it. */
    delete: mutation(GoalIdInput, z.object({ deleted: z.boolean() }), ['goals']),
    restore: mutation(GoalIdInput, Goal, ['goals']),
  },
  roadmap: {
    /** The bundled paths a roadmap can start from. */
    listPaths: query(noInput, z.array(RoadmapPath)),
    /** Every roadmap, archived ones last. */
    list: query(noInput, z.array(RoadmapSummary)),
    /** One roadmap with its items, weeks off and schedule. */
    get: query(RoadmapIdInput, RoadmapView),
    /** Empty, or a copy of a bundled path that later app versions never change. The first open roadmap becomes active. */
    create: mutation(CreateRoadmapInput, RoadmapSummary, ['roadmap']),
    rename: mutation(RenameRoadmapInput, RoadmapSummary, ['roadmap']),
    duplicate: mutation(DuplicateRoadmapInput, RoadmapSummary, ['roadmap']),
    /** Archiving the active roadmap makes the most recently changed open one active. */
    setArchived: mutation(ArchiveRoadmapInput, RoadmapSummary, ['roadmap']),
    delete: mutation(RoadmapIdInput, z.object({ deleted: z.boolean() }), ['roadmap']),
    setActive: mutation(RoadmapIdInput, RoadmapSummary, ['roadmap']),
    /** With `withPrerequisites`, the unmet prerequisites come too, transitively, each before what needs it. */
    addItem: mutation(AddItemInput, AddedItems, ['roadmap']),
    removeItem: mutation(ItemIdInput, z.object({ removed: z.boolean() }), ['roadmap']),
    /** The full new order: every item id of the roadmap once. */
    reorder: mutation(ReorderInput, z.object({ itemIds: z.array(z.number().int()) }), ['roadmap']),
    updateItem: mutation(UpdateItemInput, RoadmapItem, ['roadmap']),
    /** Hours per week (null: the profile's) and how many skills run at once. */
    setPlan: mutation(SetPlanInput, RoadmapSummary, ['roadmap']),
    addWeekOff: mutation(AddWeekOffInput, RoadmapWeekOff, ['roadmap']),
    removeWeekOff: mutation(WeekOffIdInput, z.object({ removed: z.boolean() }), ['roadmap']),
  },
  dashboard: {
    summary: query(StatsInput, DashboardSummary),
    /** The dashboard's first screen in one request (profile, summary, salary standing's band), from one read. */
    firstScreen: query(StatsInput, DashboardFirstScreen),
  },
  plan: {
    /** Everything the career-plan document shows (Plan screen preview, print route), read in one transaction. */
    document: query(noInput, PlanDocument),
    /** Renders the print route to PDF (a hidden window in Electron, Chromium in the web host) and saves or offers it. One at a time. */
    exportPdf: query(PlanExportOptions, PlanExportResult),
    /** Electron: opens a PDF the export saved, by the token it returned. */
    openPdf: query(z.object({ token: z.string().min(1).max(100) }), z.object({ opened: z.boolean() })),
  },
  career: {
    /** Every track and level with its values, the bundled default beside each and why it was chosen. */
    ladder: query(noInput, Ladder),
    /** Edits one value; a band position that would go below the level under it (or above the one over it) is refused. */
    setLadderValue: mutation(SetLadderValueInput, Ladder, ['career']),
    /** Back to the bundled default for one value. */
    resetLadderValue: mutation(ResetLadderValueInput, Ladder, ['career']),
    /** The band for one occupation and area (and level, in imported data) in one dataset, with the row or records it came from. */
    band: query(BandRequest, ProjectionBand),
    /** Saved projection scenarios, oldest first. */
    scenarios: query(noInput, z.array(Scenario)),
    createScenario: mutation(CreateScenarioInput, Scenario, ['career']),
    /** Renames and/or replaces the parameters. */
    updateScenario: mutation(UpdateScenarioInput, Scenario, ['career']),
    deleteScenario: mutation(ScenarioIdInput, z.object({ deleted: z.boolean() }), ['career']),
    /** What the model needs for these parameters (ladder, bands, skill dates), so the screen can recompute as sliders move. */
    projectionData: query(z.object({ params: ScenarioParams }), ProjectionData),
    /** The projection of these parameters, year by year, each year with the inputs it used. */
    project: query(z.object({ params: ScenarioParams }), Projection),
    /** What "what to learn next" ranks: the "follow my roadmap" baseline from the profile, its model data, and the skills not yet at target with hours left. */
    learnNextData: query(noInput, LearnNextData),
  },
  backups: {
    /** The backups folder beside the database, newest first. */
    list: query(noInput, z.array(BackupInfo)),
    /** Takes a backup now (SQLite's online backup API, in steps, while the app stays usable). The data is only read: no domain changes. */
    create: query(noInput, BackupInfo),
    /** Backs up the current data first, then replaces it with the backup's (migrated if older); every view reloads. */
    restore: job(RestoreBackupInput, RestoreResult, DATA_DOMAINS),
  },
  files: {
    /** Electron: the native open dialog; null when cancelled or when the host has no dialog (web). */
    pickCsv: query(noInput, PickedFile.nullable()),
    /** Electron: the native save dialog, then writes the file; saved = false when cancelled. */
    saveCsv: query(z.object({ suggestedName: z.string().max(200), content: z.string() }), z.object({ saved: z.boolean() })),
    /** Lets a chosen file go (the import dialog closed): an uploaded copy is deleted. released = false when it was already gone. */
    release: query(z.object({ token: FileToken }), z.object({ released: z.boolean() })),
  },
  personalData: {
    /** All personal data as one versioned JSON file: Electron's save dialog, a one-time download in the web host. */
    exportFile: query(noInput, PersonalDataExportResult),
    /** Electron: the native open dialog for a JSON file; null when cancelled or without a dialog (the web host uploads). */
    pickFile: query(noInput, PickedFile.nullable()),
    /** Checks the file (version, schema, skills it names) and counts what each section holds; writes nothing. */
    preview: query(z.object({ token: FileToken }), PersonalDataPreview),
    /** Replace or merge, in one transaction (all or nothing); the file is released either way. */
    import: job(PersonalDataImportRequest, PersonalDataImportResult, ['profile', 'datasets', 'skills', 'progress', 'goals', 'roadmap', 'career']),
    /** The user closed the preview without importing: the file is released. */
    discard: query(z.object({ token: FileToken }), z.object({ released: z.boolean() })),
  },
  recovery: {
    /** Whether the database file can be used; if not, why, what can be done and the backups to restore from. */
    status: query(noInput, RecoveryStatus),
    /** Only while the file cannot be used: moves it aside (never deletes it), copies the backup in its place and opens it. */
    restoreBackup: mutation(RestoreAtStartInput, RecoveryOutcome, DATA_DOMAINS),
    /** Only while the file cannot be used: moves it aside (never deletes it) and opens a new, empty database. */
    startFresh: mutation(noInput, RecoveryOutcome, DATA_DOMAINS),
  },
} as const;

/** Pushes from main to renderer. */
export const events = {
  /** After every committed write (and a finished import): what changed, so the renderer reloads what depends on it. */
  dataChanged: z.object({ domains: z.array(DataDomain) }),
  importProgress: ImportProgress,
  /** The database became unusable (the start-up check failed) or usable again (after a restore or a fresh start). */
  recoveryChanged: z.object({ state: RecoveryState }),
} as const;

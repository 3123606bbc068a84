import { z } from 'zod';
import { CareerLevel, ProfileInput } from './profile';
import { IsoDate } from './dates';
import { GoalKind } from './goals';
import { EventKind } from './progress';
import { ScenarioParams } from './projection';
import { RoadmapItemStatus } from './roadmap';
import { CUSTOM_SKILL_PREFIX, EdgeKind, EstimatedHours, HttpsUrl, SkillCategory, SkillId, SkillStatus } from './skills';
import { FileToken } from './salary-import';

/*
 * All of a user's own data as one JSON file ("Export my data" / "Import a file…" in Settings).
 * Bundled data (the skill catalog, learning paths, the default ladder, BLS figures) is not in it:
 * every copy of the app ships that. Rows keep their ids, so importing a file into an empty
 * database (Replace) and exporting again gives the same file, apart from exportedAt/appVersion.
 */

export const PERSONAL_DATA_FORMAT = 'trajectory-personal-data';
/** The newest file version this build reads and the one it writes. */
export const PERSONAL_DATA_VERSION = 1;

const id = z.number().int().positive();
const stamp = z.string().min(1).max(40);
const nullableText = (max: number) => z.string().max(max).nullable();
const level = z.number().int().min(0).max(5);

export const PersonalProfile = ProfileInput.extend({ updatedAt: stamp });

export const PersonalCustomSkill = z.object({
  id: SkillId.refine((s) => s.startsWith(CUSTOM_SKILL_PREFIX), `A custom skill's id starts with "${CUSTOM_SKILL_PREFIX}"`),
  name: z.string().trim().min(1).max(120),
  category: SkillCategory,
  description: z.string().max(600),
  estimatedHours: EstimatedHours,
  createdAt: stamp,
  deletedAt: stamp.nullable(),
});

export const PersonalSkills = z.object({
  custom: z.array(PersonalCustomSkill),
  progress: z.array(z.object({ skillId: SkillId, level, targetLevel: level, status: SkillStatus, updatedAt: stamp })),
  estimates: z.array(z.object({ skillId: SkillId, estimatedHours: EstimatedHours, updatedAt: stamp })),
  resources: z.array(z.object({ id, skillId: SkillId, title: z.string().min(1).max(200), url: HttpsUrl, createdAt: stamp })),
  notes: z.array(z.object({ skillId: SkillId, body: z.string().max(100_000), updatedAt: stamp })),
  edges: z.array(z.object({ from: SkillId, to: SkillId, kind: EdgeKind, createdAt: stamp, disabledReason: nullableText(500) })),
});

export const PersonalEvent = z.object({
  id,
  skillId: SkillId,
  kind: EventKind,
  date: IsoDate('Date'),
  minutes: z.number().int().min(1).max(1440).nullable(),
  note: z.string().max(2000),
  levelFrom: level.nullable(),
  levelTo: level.nullable(),
  statusFrom: SkillStatus.nullable(),
  statusTo: SkillStatus.nullable(),
  /** The id of the (earlier) event a correction replaces. */
  supersedes: id.nullable(),
  recordedAt: stamp,
});

export const PersonalGoal = z.object({
  id,
  title: z.string().trim().min(1).max(200),
  kind: GoalKind,
  skillId: SkillId.nullable(),
  targetLevel: level.nullable(),
  careerLevel: CareerLevel.nullable(),
  targetSalary: z.number().int().min(1).max(10_000_000).nullable(),
  dueDate: IsoDate('Due date'),
  note: z.string().max(10_000),
  createdAt: stamp,
  completedAt: stamp.nullable(),
  deletedAt: stamp.nullable(),
});

export const PersonalRoadmap = z.object({
  id,
  name: z.string().trim().min(1).max(120),
  sourcePathId: nullableText(80),
  hoursPerWeek: z.number().min(0).max(80).nullable(),
  parallel: z.number().int().min(1).max(10),
  active: z.boolean(),
  archivedAt: stamp.nullable(),
  createdAt: stamp,
  updatedAt: stamp,
  /** In the user's order. */
  items: z.array(
    z.object({
      id,
      skillId: SkillId,
      targetLevel: z.number().int().min(1).max(5),
      hoursOverride: z.number().min(0).max(5000).nullable(),
      pinnedStart: IsoDate('Pinned start').nullable(),
      status: RoadmapItemStatus,
    }),
  ),
  weeksOff: z.array(z.object({ id, start: IsoDate('Start'), end: IsoDate('End'), label: z.string().max(120) })),
});

export const PersonalScenario = z.object({
  id,
  name: z.string().trim().min(1).max(120),
  /** Kept as written; it must pass the same checks as a scenario saved on the Projection screen. */
  params: z.record(z.string(), z.unknown()).superRefine((params, ctx) => {
    const checked = ScenarioParams.safeParse(params);
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.filter((p) => typeof p !== 'symbol') });
  }),
  createdAt: stamp,
  updatedAt: stamp,
});

export const PersonalLadderEdit = z.object({
  trackId: z.string().min(1).max(80),
  levelId: z.string().min(1).max(80),
  field: z.union([z.enum(['typicalYears', 'bandPercentile']), z.string().regex(/^skill:[a-z0-9]+(?:-[a-z0-9]+)*$/)]),
  value: z.number().finite(),
  updatedAt: stamp,
});

/** The order of each record's values in `records.rows`: one array per record keeps a million records compact. */
export const RECORD_COLUMNS = ['rowNumber', 'title', 'level', 'area', 'year', 'base', 'bonus', 'equity', 'total', 'yearsExperience', 'date', 'currency', 'note'] as const;
const money = z.number().finite().min(0).max(1e9).nullable();
export const PersonalRecord = z.tuple([
  z.number().int().min(1),
  z.string().max(500),
  z.string().max(500),
  z.string().max(500),
  z.number().int().nullable(),
  money,
  money,
  money,
  z.number().finite().min(0).max(1e9),
  z.number().finite().min(0).max(100).nullable(),
  z.string().max(10).nullable(),
  z.string().min(1).max(10),
  z.string().max(2000).nullable(),
]);

export const PersonalDataset = z.object({
  key: z.string().regex(/^user-[A-Za-z0-9-]{1,80}$/, 'An imported dataset key starts with "user-"'),
  name: z.string().trim().min(1).max(120),
  publisher: z.string().max(500),
  license: z.string().max(500),
  source: z.string().max(2000),
  year: z.number().int().nullable(),
  version: z.number().int(),
  standing: z.string().max(200),
  provenance: z.string().max(5000),
  loadedAt: stamp,
  /** Where the CSV came from; null for a dataset without that record. */
  import: z
    .object({
      fileName: z.string().max(300),
      fileSha256: z.string().max(64),
      importedAt: stamp,
      rowCount: z.number().int().min(0),
      titleCount: z.number().int().min(0),
      areaCount: z.number().int().min(0),
      note: z.string().max(2000),
      encoding: z.string().max(40),
      delimiter: z.string().max(4),
      mapping: z.string().max(2000),
    })
    .nullable(),
  records: z.object({
    columns: z
      .array(z.string())
      .refine((c) => c.length === RECORD_COLUMNS.length && c.every((name, i) => name === RECORD_COLUMNS[i]), `The columns must be ${RECORD_COLUMNS.join(', ')}`),
    rows: z.array(PersonalRecord),
  }),
});

export const PersonalDataFile = z
  .object({
    format: z.literal(PERSONAL_DATA_FORMAT),
    version: z.literal(PERSONAL_DATA_VERSION),
    exportedAt: stamp,
    appVersion: z.string().max(60),
    schemaVersion: z.number().int().min(0),
    profile: PersonalProfile.nullable(),
    skills: PersonalSkills,
    /** Every event, corrections included, in the order they were recorded. */
    progressLog: z.array(PersonalEvent),
    /** Deleted goals too (deletedAt set), so nothing "Undo" could bring back is lost. */
    goals: z.array(PersonalGoal),
    roadmaps: z.array(PersonalRoadmap),
    scenarios: z.array(PersonalScenario),
    ladderEdits: z.array(PersonalLadderEdit),
    /** Imported datasets only; bundled ones ship with the app. */
    datasets: z.array(PersonalDataset),
  })
  .superRefine((file, ctx) => {
    let previous = 0;
    const seen = new Set<number>();
    file.progressLog.forEach((e, i) => {
      if (e.id <= previous) ctx.addIssue({ code: 'custom', path: ['progressLog', i, 'id'], message: 'Events must be in the order they were recorded (ids increasing)' });
      if (e.supersedes !== null && !seen.has(e.supersedes)) ctx.addIssue({ code: 'custom', path: ['progressLog', i, 'supersedes'], message: `Event ${e.supersedes} is not earlier in the log` });
      previous = e.id;
      seen.add(e.id);
    });
    if (file.roadmaps.filter((r) => r.active).length > 1) ctx.addIssue({ code: 'custom', path: ['roadmaps'], message: 'At most one roadmap can be active' });
    file.roadmaps.forEach((r, i) => {
      const skills = new Set<string>();
      r.items.forEach((item, j) => {
        if (skills.has(item.skillId)) ctx.addIssue({ code: 'custom', path: ['roadmaps', i, 'items', j, 'skillId'], message: `${item.skillId} is already in this roadmap` });
        skills.add(item.skillId);
      });
      r.weeksOff.forEach((w, j) => {
        if (w.start > w.end) ctx.addIssue({ code: 'custom', path: ['roadmaps', i, 'weeksOff', j, 'end'], message: 'The last day off is before the first' });
      });
    });
    const unique = (section: string, keys: string[]) => {
      const seenKeys = new Set<string>();
      keys.forEach((k, i) => {
        if (seenKeys.has(k)) ctx.addIssue({ code: 'custom', path: [section, i], message: 'Appears twice in the file' });
        seenKeys.add(k);
      });
    };
    unique('goals', file.goals.map((g) => String(g.id)));
    unique('roadmaps', file.roadmaps.map((r) => String(r.id)));
    unique('scenarios', file.scenarios.map((s) => String(s.id)));
    unique('datasets', file.datasets.map((d) => d.key));
    unique('ladderEdits', file.ladderEdits.map((l) => `${l.trackId}\u0000${l.levelId}\u0000${l.field}`));
  });
export type PersonalDataFile = z.infer<typeof PersonalDataFile>;
export type PersonalDataInput = z.input<typeof PersonalDataFile>;

export const IMPORT_MODES = ['replace', 'merge'] as const;
export const ImportMode = z.enum(IMPORT_MODES);
export type ImportMode = z.infer<typeof ImportMode>;

/** How many entries of each section a file (or an import) holds. */
export const SectionCounts = z.object({
  profile: z.number().int(),
  customSkills: z.number().int(),
  skillRecords: z.number().int(),
  progressLog: z.number().int(),
  goals: z.number().int(),
  roadmaps: z.number().int(),
  scenarios: z.number().int(),
  ladderEdits: z.number().int(),
  datasets: z.number().int(),
  datasetRecords: z.number().int(),
});
export type SectionCounts = z.infer<typeof SectionCounts>;

export const SECTION_LABELS: Record<keyof SectionCounts, string> = {
  profile: 'Profile',
  customSkills: 'Custom skills',
  skillRecords: 'Skill levels, estimates, resources, notes and links',
  progressLog: 'Study and progress log entries',
  goals: 'Goals',
  roadmaps: 'Roadmaps',
  scenarios: 'Projection scenarios',
  ladderEdits: 'Career ladder edits',
  datasets: 'Imported datasets',
  datasetRecords: 'Imported salary records',
};

export const PersonalDataPreview = z.object({
  token: FileToken,
  fileName: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  counts: SectionCounts,
});
export type PersonalDataPreview = z.infer<typeof PersonalDataPreview>;

export const PersonalDataImportRequest = z.object({ token: FileToken, mode: ImportMode });

/** What an import added (merge: only what was not there yet; replace: everything in the file). */
export const PersonalDataImportResult = z.object({
  mode: ImportMode,
  added: SectionCounts,
  /** Merge: roadmaps renamed "… (imported)" because one of that name existed. */
  renamedRoadmaps: z.array(z.string()),
});
export type PersonalDataImportResult = z.infer<typeof PersonalDataImportResult>;

export const PersonalDataExportResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string(), counts: SectionCounts }),
  z.object({ outcome: z.literal('cancelled') }),
  /** The web host: fetch /download/<token> once. */
  z.object({ outcome: z.literal('download'), fileName: z.string(), token: z.string(), counts: SectionCounts }),
]);
export type PersonalDataExportResult = z.infer<typeof PersonalDataExportResult>;

export function countSections(file: PersonalDataFile): SectionCounts {
  const s = file.skills;
  return {
    profile: file.profile ? 1 : 0,
    customSkills: s.custom.length,
    skillRecords: s.progress.length + s.estimates.length + s.resources.length + s.notes.length + s.edges.length,
    progressLog: file.progressLog.length,
    goals: file.goals.length,
    roadmaps: file.roadmaps.length,
    scenarios: file.scenarios.length,
    ladderEdits: file.ladderEdits.length,
    datasets: file.datasets.length,
    datasetRecords: file.datasets.reduce((n, d) => n + d.records.rows.length, 0),
  };
}

/** `goals[3].dueDate` from ["goals", 3, "dueDate"]. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}

/** At most ~80 characters of an offending value, so a huge cell never floods a message. */
export function quoteValue(value: unknown, max = 80): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
const byId = <T extends { id: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.id - b.id);

/**
 * The order an export writes each section in: by id, or by natural key where rows have no id.
 * A file read back and exported again is identical to the input put in this order.
 */
export function normalisePersonalData(file: PersonalDataFile): PersonalDataFile {
  const s = file.skills;
  return {
    ...file,
    skills: {
      custom: byKey(s.custom, (c) => c.id),
      progress: byKey(s.progress, (p) => p.skillId),
      estimates: byKey(s.estimates, (e) => e.skillId),
      resources: byId(s.resources),
      notes: byKey(s.notes, (n) => n.skillId),
      edges: byKey(s.edges, (e) => `${e.from}\u0000${e.to}\u0000${e.kind}`),
    },
    progressLog: byId(file.progressLog),
    goals: byId(file.goals),
    roadmaps: byId(file.roadmaps).map((r) => ({ ...r, weeksOff: byId(r.weeksOff) })),
    scenarios: byId(file.scenarios),
    ladderEdits: byKey(file.ladderEdits, (l) => `${l.trackId}\u0000${l.levelId}\u0000${l.field}`),
    datasets: byKey(file.datasets, (d) => d.key),
  };
}

import { drizzle } from 'drizzle-orm/better-sqlite3';
import { countSections, type ImportMode, type PersonalDataFile, type PersonalDataImportResult, type SectionCounts } from '@shared/domain/personal-data';
import { toIso } from '@shared/domain/dates';
import { AppError, type FieldIssue } from '@shared/ipc/result';
import type { Sqlite } from '../../db/open';
import * as schema from '../../db/schema';
import { disableBrokenCustomEdges } from '../custom-edges';
import { evaluateGoals } from '../goals';
import { checkSkillReferences } from './references';
import { insertDataset, mergeDatasets, retireUserDatasets } from './datasets';

type Goal = PersonalDataFile['goals'][number];
type Event = PersonalDataFile['progressLog'][number];

const emptyCounts = (): SectionCounts => ({
  profile: 0,
  customSkills: 0,
  skillRecords: 0,
  progressLog: 0,
  goals: 0,
  roadmaps: 0,
  scenarios: 0,
  ladderEdits: 0,
  datasets: 0,
  datasetRecords: 0,
});

/** The tables of the user's own data that Replace empties (imported datasets are retired separately). */
const PERSONAL_TABLES = [
  'roadmap_items',
  'roadmap_weeks_off',
  'roadmaps',
  'progress_events',
  'skill_progress',
  'skill_estimates',
  'user_resources',
  'skill_notes',
  'custom_edges',
  'custom_skills',
  'goals',
  'scenarios',
  'ladder_overrides',
  'profile',
] as const;

/**
 * Writes a checked personal data file into the database in ONE transaction: all of it or, on any
 * error, nothing. Replace: every personal row goes and the file's rows come in with their ids,
 * so exporting again gives the same file. Merge adds what is not there yet, by natural keys:
 * - profile: only when there is none;
 * - custom skill: by name (case and spaces ignored); a new one whose id is taken gets a free id;
 * - levels/targets/status, estimates, notes: per skill, only where the skill has none;
 *   resources by skill + URL; links (edges) by ends + kind; ladder edits by level + value;
 * - log events: by their content and recording time (an event imported twice is there once);
 *   corrections keep pointing at the event they replace;
 * - goals: by title + due date; scenarios: by name; datasets: by key;
 * - roadmaps: always added, renamed "<name> (imported)" when the name is taken; active only
 *   when no roadmap is active.
 * A file that refers to skills neither the catalog nor the file (nor, merging, the database)
 * has is refused whole, naming them. Returns what was added.
 */
export function applyPersonalData(sqlite: Sqlite, file: PersonalDataFile, mode: ImportMode, now: Date): PersonalDataImportResult {
  return sqlite.transaction(() => {
    const result = mode === 'replace' ? replaceAll(sqlite, file) : mergeInto(sqlite, file);
    const db = drizzle(sqlite, { schema });
    // The local calendar day, as the app's "today" (ctx.today) is.
    const today = toIso(now);
    disableBrokenCustomEdges(db, `when a personal data file was imported on ${today}`);
    // As after any write: an open goal the data now reaches completes in the same transaction.
    // (A file exported by the app has none, so Replace with it changes nothing here.)
    evaluateGoals(db, today);
    return result;
  }).immediate();
}

function refuseUnknownSkills(sqlite: Sqlite, file: PersonalDataFile, alsoKnown: readonly string[]): void {
  const unknown = checkSkillReferences(sqlite, file, alsoKnown);
  if (unknown.length === 0) return;
  const issues: FieldIssue[] = unknown.slice(0, 20).map((u) => ({ path: u.path, message: `${u.where}: the skill "${u.skillId}" is not in the catalog or the file` }));
  const ids = [...new Set(unknown.map((u) => u.skillId))];
  throw new AppError(
    'VALIDATION',
    `The file refers to ${ids.length === 1 ? 'a skill' : `${ids.length} skills`} this version of the catalog does not have (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}); nothing was imported.`,
    issues,
  );
}

function replaceAll(sqlite: Sqlite, file: PersonalDataFile): PersonalDataImportResult {
  refuseUnknownSkills(sqlite, file, []);
  for (const table of PERSONAL_TABLES) sqlite.prepare(`DELETE FROM ${table}`).run();
  retireUserDatasets(sqlite);

  if (file.profile) insertProfile(sqlite, file.profile);
  const s = file.skills;
  const custom = sqlite.prepare(
    'INSERT INTO custom_skills (id, name, category, description, estimated_hours, created_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const c of s.custom) custom.run(c.id, c.name, c.category, c.description, c.estimatedHours, c.createdAt, c.deletedAt);
  insertSkillRecords(sqlite, file, new Map(), false);

  const event = insertEventStatement(sqlite, true);
  for (const e of file.progressLog) event.run(e.id, e.skillId, e.kind, e.date, e.minutes, e.note, e.levelFrom, e.levelTo, e.statusFrom, e.statusTo, e.supersedes, e.recordedAt);
  const goal = insertGoalStatement(sqlite, true);
  for (const g of file.goals) goal.run(g.id, ...goalValues(g));
  for (const r of file.roadmaps) insertRoadmap(sqlite, r, r.name, r.active, true);
  const scenario = sqlite.prepare('INSERT INTO scenarios (id, name, params, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const sc of file.scenarios) scenario.run(sc.id, sc.name, JSON.stringify(sc.params), sc.createdAt, sc.updatedAt);
  const ladder = sqlite.prepare('INSERT INTO ladder_overrides (track_id, level_id, field, value, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const l of file.ladderEdits) ladder.run(l.trackId, l.levelId, l.field, l.value, l.updatedAt);
  for (const d of file.datasets) insertDataset(sqlite, d);
  return { mode: 'replace', added: countSections(file), renamedRoadmaps: [] };
}

function insertProfile(sqlite: Sqlite, p: NonNullable<PersonalDataFile['profile']>): void {
  sqlite
    .prepare(
      `INSERT INTO profile (id, name, occupation_code, area_code, career_level, years_experience, current_salary, currency, hours_per_week, horizon_years, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(p.name, p.occupationCode, p.areaCode, p.careerLevel, p.yearsExperience, p.currentSalary, p.currency, p.hoursPerWeek, p.horizonYears, p.updatedAt);
}

/** Levels, estimates, resources, notes and edges; `ignoreExisting` keeps what the database has (merge). Returns how many rows went in. */
function insertSkillRecords(sqlite: Sqlite, file: PersonalDataFile, skillMap: ReadonlyMap<string, string>, ignoreExisting: boolean): number {
  const id = (skillId: string) => skillMap.get(skillId) ?? skillId;
  const or = ignoreExisting ? 'OR IGNORE' : '';
  const s = file.skills;
  let added = 0;
  const progress = sqlite.prepare(`INSERT ${or} INTO skill_progress (skill_id, level, target_level, status, updated_at) VALUES (?, ?, ?, ?, ?)`);
  for (const p of s.progress) added += progress.run(id(p.skillId), p.level, p.targetLevel, p.status, p.updatedAt).changes;
  const estimate = sqlite.prepare(`INSERT ${or} INTO skill_estimates (skill_id, estimated_hours, updated_at) VALUES (?, ?, ?)`);
  for (const e of s.estimates) added += estimate.run(id(e.skillId), e.estimatedHours, e.updatedAt).changes;
  const note = sqlite.prepare(`INSERT ${or} INTO skill_notes (skill_id, body, updated_at) VALUES (?, ?, ?)`);
  for (const n of s.notes) added += note.run(id(n.skillId), n.body, n.updatedAt).changes;
  const edge = sqlite.prepare(`INSERT ${or} INTO custom_edges (from_id, to_id, kind, created_at, disabled_reason) VALUES (?, ?, ?, ?, ?)`);
  for (const e of s.edges) added += edge.run(id(e.from), id(e.to), e.kind, e.createdAt, e.disabledReason).changes;
  if (ignoreExisting) {
    const resource = sqlite.prepare(
      `INSERT INTO user_resources (skill_id, title, url, created_at) SELECT ?, ?, ?, ?
       WHERE NOT EXISTS (SELECT 1 FROM user_resources WHERE skill_id = ? AND url = ?)`,
    );
    for (const r of s.resources) added += resource.run(id(r.skillId), r.title, r.url, r.createdAt, id(r.skillId), r.url).changes;
  } else {
    const resource = sqlite.prepare('INSERT INTO user_resources (id, skill_id, title, url, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const r of s.resources) added += resource.run(r.id, r.skillId, r.title, r.url, r.createdAt).changes;
  }
  return added;
}

function insertEventStatement(sqlite: Sqlite, withId: boolean) {
  return sqlite.prepare(
    withId
      ? `INSERT INTO progress_events (id, skill_id, kind, date, minutes, note, level_from, level_to, status_from, status_to, supersedes, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      : `INSERT INTO progress_events (skill_id, kind, date, minutes, note, level_from, level_to, status_from, status_to, supersedes, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

function insertGoalStatement(sqlite: Sqlite, withId: boolean) {
  const columns = 'title, kind, skill_id, target_level, career_level, target_salary, due_date, note, created_at, completed_at, deleted_at';
  return sqlite.prepare(
    withId ? `INSERT INTO goals (id, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)` : `INSERT INTO goals (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

const goalValues = (g: Goal, skillId = g.skillId) =>
  [g.title, g.kind, skillId, g.targetLevel, g.careerLevel, g.targetSalary, g.dueDate, g.note, g.createdAt, g.completedAt, g.deletedAt] as const;

function insertRoadmap(sqlite: Sqlite, r: PersonalDataFile['roadmaps'][number], name: string, active: boolean, withIds: boolean, skillMap: ReadonlyMap<string, string> = new Map()): void {
  const values = [name, r.sourcePathId, r.hoursPerWeek, r.parallel, active ? 1 : null, r.archivedAt, r.createdAt, r.updatedAt] as const;
  const roadmapId = withIds
    ? (sqlite
        .prepare('INSERT INTO roadmaps (id, name, source_path_id, hours_per_week, parallel, active, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(r.id, ...values),
      r.id)
    : Number(
        sqlite
          .prepare('INSERT INTO roadmaps (name, source_path_id, hours_per_week, parallel, active, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values).lastInsertRowid,
      );
  const item = withIds
    ? sqlite.prepare('INSERT INTO roadmap_items (id, roadmap_id, skill_id, target_level, position, hours_override, pinned_start, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    : sqlite.prepare('INSERT INTO roadmap_items (roadmap_id, skill_id, target_level, position, hours_override, pinned_start, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
  r.items.forEach((it, position) => {
    const values = [roadmapId, skillMap.get(it.skillId) ?? it.skillId, it.targetLevel, position, it.hoursOverride, it.pinnedStart, it.status] as const;
    if (withIds) item.run(it.id, ...values);
    else item.run(...values);
  });
  const week = withIds
    ? sqlite.prepare('INSERT INTO roadmap_weeks_off (id, roadmap_id, start, "end", label) VALUES (?, ?, ?, ?, ?)')
    : sqlite.prepare('INSERT INTO roadmap_weeks_off (roadmap_id, start, "end", label) VALUES (?, ?, ?, ?)');
  for (const w of r.weeksOff) {
    if (withIds) week.run(w.id, roadmapId, w.start, w.end, w.label);
    else week.run(roadmapId, w.start, w.end, w.label);
  }
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Custom skills by name: file id → the id it has in the database (an existing skill of that name, or a free id). */
function mergeCustomSkills(sqlite: Sqlite, file: PersonalDataFile, added: SectionCounts): Map<string, string> {
  const existing = sqlite.prepare('SELECT id, name FROM custom_skills').all() as Array<{ id: string; name: string }>;
  const byName = new Map(existing.map((s) => [nameKey(s.name), s.id]));
  const taken = new Set<string>([...existing.map((s) => s.id), ...(sqlite.prepare('SELECT id FROM catalog_skills').pluck().all() as string[])]);
  const insert = sqlite.prepare(
    'INSERT INTO custom_skills (id, name, category, description, estimated_hours, created_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const map = new Map<string, string>();
  for (const c of file.skills.custom) {
    const same = byName.get(nameKey(c.name));
    if (same) {
      map.set(c.id, same);
      continue;
    }
    let id = c.id;
    for (let n = 2; taken.has(id); n += 1) id = `${c.id}-${n}`;
    insert.run(id, c.name, c.category, c.description, c.estimatedHours, c.createdAt, c.deletedAt);
    taken.add(id);
    byName.set(nameKey(c.name), id);
    map.set(c.id, id);
    added.customSkills += 1;
  }
  return map;
}

const eventKey = (e: Omit<Event, 'id' | 'supersedes'>) =>
  JSON.stringify([e.skillId, e.kind, e.date, e.minutes, e.note, e.levelFrom, e.levelTo, e.statusFrom, e.statusTo, e.recordedAt]);

function mergeEvents(sqlite: Sqlite, file: PersonalDataFile, skillMap: ReadonlyMap<string, string>, added: SectionCounts): void {
  const rows = sqlite
    .prepare(
      `SELECT id, skill_id AS skillId, kind, date, minutes, note, level_from AS levelFrom, level_to AS levelTo,
              status_from AS statusFrom, status_to AS statusTo, recorded_at AS recordedAt FROM progress_events`,
    )
    .all() as Array<Omit<Event, 'supersedes'>>;
  const existing = new Map(rows.map((r) => [eventKey(r), r.id]));
  const insert = insertEventStatement(sqlite, false);
  // File id → database id, so a correction points at the event it replaces wherever that landed.
  const ids = new Map<number, number>();
  for (const e of file.progressLog) {
    const skillId = skillMap.get(e.skillId) ?? e.skillId;
    const key = eventKey({ ...e, skillId });
    const found = existing.get(key);
    if (found !== undefined) {
      ids.set(e.id, found);
      continue;
    }
    const supersedes = e.supersedes === null ? null : (ids.get(e.supersedes) ?? null);
    const id = Number(insert.run(skillId, e.kind, e.date, e.minutes, e.note, e.levelFrom, e.levelTo, e.statusFrom, e.statusTo, supersedes, e.recordedAt).lastInsertRowid);
    ids.set(e.id, id);
    existing.set(key, id);
    added.progressLog += 1;
  }
}

function mergeInto(sqlite: Sqlite, file: PersonalDataFile): PersonalDataImportResult {
  const existingCustom = sqlite.prepare('SELECT id FROM custom_skills').pluck().all() as string[];
  refuseUnknownSkills(sqlite, file, existingCustom);
  const added = emptyCounts();

  if (file.profile && !sqlite.prepare('SELECT 1 FROM profile WHERE id = 1').get()) {
    insertProfile(sqlite, file.profile);
    added.profile = 1;
  }
  const skillMap = mergeCustomSkills(sqlite, file, added);
  const mapSkill = (id: string | null) => (id === null ? null : (skillMap.get(id) ?? id));
  added.skillRecords = insertSkillRecords(sqlite, file, skillMap, true);
  mergeEvents(sqlite, file, skillMap, added);

  const goalExists = sqlite.prepare('SELECT 1 FROM goals WHERE title = ? AND due_date = ?');
  const goal = insertGoalStatement(sqlite, false);
  for (const g of file.goals) {
    if (goalExists.get(g.title, g.dueDate)) continue;
    goal.run(...goalValues(g, mapSkill(g.skillId)));
    added.goals += 1;
  }

  const names = new Set((sqlite.prepare('SELECT name FROM roadmaps').pluck().all() as string[]).map(nameKey));
  let hasActive = Boolean(sqlite.prepare('SELECT 1 FROM roadmaps WHERE active = 1').get());
  const renamedRoadmaps: string[] = [];
  for (const r of file.roadmaps) {
    let name = r.name;
    if (names.has(nameKey(name))) {
      name = `${r.name} (imported)`;
      for (let n = 2; names.has(nameKey(name)); n += 1) name = `${r.name} (imported ${n})`;
      renamedRoadmaps.push(name);
    }
    const active = r.active && !hasActive && r.archivedAt === null;
    insertRoadmap(sqlite, r, name, active, false, skillMap);
    hasActive ||= active;
    names.add(nameKey(name));
    added.roadmaps += 1;
  }

  const scenarioNames = new Set((sqlite.prepare('SELECT name FROM scenarios').pluck().all() as string[]).map(nameKey));
  const scenario = sqlite.prepare('INSERT INTO scenarios (name, params, created_at, updated_at) VALUES (?, ?, ?, ?)');
  for (const sc of file.scenarios) {
    if (scenarioNames.has(nameKey(sc.name))) continue;
    scenario.run(sc.name, JSON.stringify(sc.params), sc.createdAt, sc.updatedAt);
    scenarioNames.add(nameKey(sc.name));
    added.scenarios += 1;
  }

  const ladder = sqlite.prepare('INSERT OR IGNORE INTO ladder_overrides (track_id, level_id, field, value, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const l of file.ladderEdits) {
    const field = l.field.startsWith('skill:') ? `skill:${mapSkill(l.field.slice('skill:'.length))}` : l.field;
    added.ladderEdits += ladder.run(l.trackId, l.levelId, field, l.value, l.updatedAt).changes;
  }
  const datasets = mergeDatasets(sqlite, file.datasets);
  added.datasets = datasets.datasets;
  added.datasetRecords = datasets.records;
  return { mode: 'merge', added, renamedRoadmaps };
}

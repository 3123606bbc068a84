import { countSections, type ImportMode, type PersonalDataFile, type PersonalDataImportResult } from '@shared/domain/personal-data';
import { toIso } from '@shared/domain/dates';
import type { Sqlite } from '../../db/open';
import { drizzleOf } from '../../db/drizzle';
import { disableBrokenCustomEdges } from '../custom-edges';
import { evaluateGoals } from '../goals';
import { insertDataset, retireUserDatasets } from './datasets';
import { mergeInto } from './merge';
import { refuseUnknownSkills } from './references';
import { insertEventStatement, insertGoalStatement, goalValues, insertProfile, insertRoadmap, insertSkillRecords } from './rows';

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
    const db = drizzleOf(sqlite);
    // The local calendar day, as the app's "today" (ctx.today) is.
    const today = toIso(now);
    disableBrokenCustomEdges(db, `when a personal data file was imported on ${today}`);
    // As after any write: an open goal the data now reaches completes in the same transaction.
    // (A file exported by the app has none, so Replace with it changes nothing here.)
    evaluateGoals(db, today);
    return result;
  }).immediate();
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

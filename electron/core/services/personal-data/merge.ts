import type { PersonalDataFile, PersonalDataImportResult, SectionCounts } from '@shared/domain/personal-data';
import type { Sqlite } from '../../db/open';
import { mergeDatasets } from './datasets';
import { refuseUnknownSkills } from './references';
import { emptyCounts, goalValues, insertEventStatement, insertGoalStatement, insertProfile, insertRoadmap, insertSkillRecords } from './rows';

type Event = PersonalDataFile['progressLog'][number];

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

/** Merge (see applyPersonalData for the rules). */
export function mergeInto(sqlite: Sqlite, file: PersonalDataFile): PersonalDataImportResult {
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

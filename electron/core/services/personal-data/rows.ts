import type { PersonalDataFile, SectionCounts } from '@shared/domain/personal-data';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open';

// The row writers Replace and Merge share: prepared statements, one per kind of row.

type Goal = PersonalDataFile['goals'][number];

export const emptyCounts = (): SectionCounts => ({
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

export function insertProfile(sqlite: Sqlite, p: NonNullable<PersonalDataFile['profile']>): void {
  sqlite
    .prepare(
      `INSERT INTO profile (id, name, occupation_code, area_code, career_level, years_experience, current_salary, currency, hours_per_week, horizon_years, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(p.name, p.occupationCode, p.areaCode, p.careerLevel, p.yearsExperience, p.currentSalary, p.currency, p.hoursPerWeek, p.horizonYears, p.updatedAt);
}

/** Levels, estimates, resources, notes and edges; `ignoreExisting` keeps what the database has (merge). Returns how many rows went in. */
export function insertSkillRecords(sqlite: Sqlite, file: PersonalDataFile, skillMap: ReadonlyMap<string, string>, ignoreExisting: boolean): number {
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

export function insertEventStatement(sqlite: Sqlite, withId: boolean): Statement {
  return sqlite.prepare(
    withId
      ? `INSERT INTO progress_events (id, skill_id, kind, date, minutes, note, level_from, level_to, status_from, status_to, supersedes, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      : `INSERT INTO progress_events (skill_id, kind, date, minutes, note, level_from, level_to, status_from, status_to, supersedes, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

export function insertGoalStatement(sqlite: Sqlite, withId: boolean): Statement {
  const columns = 'title, kind, skill_id, target_level, career_level, target_salary, due_date, note, created_at, completed_at, deleted_at';
  return sqlite.prepare(
    withId ? `INSERT INTO goals (id, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)` : `INSERT INTO goals (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

export const goalValues = (g: Goal, skillId = g.skillId) =>
  [g.title, g.kind, skillId, g.targetLevel, g.careerLevel, g.targetSalary, g.dueDate, g.note, g.createdAt, g.completedAt, g.deletedAt] as const;

export function insertRoadmap(sqlite: Sqlite, r: PersonalDataFile['roadmaps'][number], name: string, active: boolean, withIds: boolean, skillMap: ReadonlyMap<string, string> = new Map()): void {
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

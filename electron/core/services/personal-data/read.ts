import { PERSONAL_DATA_FORMAT, PERSONAL_DATA_VERSION, RECORD_COLUMNS, type PersonalDataFile } from '@shared/domain/personal-data';
import type { Sqlite } from '../../db/open';

export interface ExportMeta {
  exportedAt: string;
  appVersion: string;
}

type Row = Record<string, unknown>;

const all = <T = Row>(sqlite: Sqlite, sql: string, ...params: unknown[]): T[] => sqlite.prepare(sql).all(...params) as T[];

/**
 * Everything the user made, read in one read transaction so the file is one consistent moment
 * even while the app keeps writing. Rows come in id (or key) order, so the same database always
 * gives the same file.
 */
export function readPersonalData(sqlite: Sqlite, meta: ExportMeta): PersonalDataFile {
  return sqlite.transaction(() => snapshot(sqlite, meta))();
}

function snapshot(sqlite: Sqlite, meta: ExportMeta): PersonalDataFile {
  const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
  const profile = sqlite
    .prepare(
      `SELECT name, occupation_code AS occupationCode, area_code AS areaCode, career_level AS careerLevel, years_experience AS yearsExperience,
              current_salary AS currentSalary, currency, hours_per_week AS hoursPerWeek, horizon_years AS horizonYears, updated_at AS updatedAt
       FROM profile WHERE id = 1`,
    )
    .get() as PersonalDataFile['profile'] | undefined;

  const roadmapRows = all<Omit<PersonalDataFile['roadmaps'][number], 'items' | 'weeksOff' | 'active'> & { active: number | null }>(
    sqlite,
    `SELECT id, name, source_path_id AS sourcePathId, hours_per_week AS hoursPerWeek, parallel, active, archived_at AS archivedAt,
            created_at AS createdAt, updated_at AS updatedAt FROM roadmaps ORDER BY id`,
  );
  const items = sqlite.prepare(
    `SELECT id, skill_id AS skillId, target_level AS targetLevel, hours_override AS hoursOverride, pinned_start AS pinnedStart, status
     FROM roadmap_items WHERE roadmap_id = ? ORDER BY position, id`,
  );
  const weeksOff = sqlite.prepare('SELECT id, start, "end", label FROM roadmap_weeks_off WHERE roadmap_id = ? ORDER BY id');

  const datasetRows = all<Row & { id: number }>(
    sqlite,
    `SELECT id, key, name, publisher, license, source, year, version, standing, provenance, loaded_at AS loadedAt
     FROM salary_datasets WHERE builtin = 0 AND status = 'ready' ORDER BY key`,
  );
  const importInfo = sqlite.prepare(
    `SELECT file_name AS fileName, file_sha256 AS fileSha256, imported_at AS importedAt, row_count AS rowCount, title_count AS titleCount,
            area_count AS areaCount, note, encoding, delimiter, mapping FROM salary_imports WHERE dataset_id = ?`,
  );
  // Raw arrays, not objects: a million records stay a compact array of arrays in the file.
  const records = sqlite
    .prepare(
      `SELECT row_number, title, level, area, year, base, bonus, equity, total, years_experience, date, currency, note
       FROM salary_records WHERE dataset_id = ? ORDER BY id`,
    )
    .raw(true);

  return {
    format: PERSONAL_DATA_FORMAT,
    version: PERSONAL_DATA_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    schemaVersion,
    profile: profile ?? null,
    skills: {
      custom: all(
        sqlite,
        `SELECT id, name, category, description, estimated_hours AS estimatedHours, created_at AS createdAt, deleted_at AS deletedAt
         FROM custom_skills ORDER BY id`,
      ),
      progress: all(sqlite, 'SELECT skill_id AS skillId, level, target_level AS targetLevel, status, updated_at AS updatedAt FROM skill_progress ORDER BY skill_id'),
      estimates: all(sqlite, 'SELECT skill_id AS skillId, estimated_hours AS estimatedHours, updated_at AS updatedAt FROM skill_estimates ORDER BY skill_id'),
      resources: all(sqlite, 'SELECT id, skill_id AS skillId, title, url, created_at AS createdAt FROM user_resources ORDER BY id'),
      notes: all(sqlite, 'SELECT skill_id AS skillId, body, updated_at AS updatedAt FROM skill_notes ORDER BY skill_id'),
      edges: all(
        sqlite,
        `SELECT from_id AS "from", to_id AS "to", kind, created_at AS createdAt, disabled_reason AS disabledReason
         FROM custom_edges ORDER BY from_id, to_id, kind`,
      ),
    } as PersonalDataFile['skills'],
    progressLog: all(
      sqlite,
      `SELECT id, skill_id AS skillId, kind, date, minutes, note, level_from AS levelFrom, level_to AS levelTo,
              status_from AS statusFrom, status_to AS statusTo, supersedes, recorded_at AS recordedAt
       FROM progress_events ORDER BY id`,
    ) as PersonalDataFile['progressLog'],
    goals: all(
      sqlite,
      `SELECT id, title, kind, skill_id AS skillId, target_level AS targetLevel, career_level AS careerLevel, target_salary AS targetSalary,
              due_date AS dueDate, note, created_at AS createdAt, completed_at AS completedAt, deleted_at AS deletedAt
       FROM goals ORDER BY id`,
    ) as PersonalDataFile['goals'],
    roadmaps: roadmapRows.map((r) => ({
      ...r,
      active: r.active === 1,
      items: items.all(r.id) as PersonalDataFile['roadmaps'][number]['items'],
      weeksOff: weeksOff.all(r.id) as PersonalDataFile['roadmaps'][number]['weeksOff'],
    })),
    scenarios: all<{ id: number; name: string; params: string; createdAt: string; updatedAt: string }>(
      sqlite,
      'SELECT id, name, params, created_at AS createdAt, updated_at AS updatedAt FROM scenarios ORDER BY id',
    ).map((s) => ({ ...s, params: JSON.parse(s.params) as Record<string, unknown> })),
    ladderEdits: all(
      sqlite,
      'SELECT track_id AS trackId, level_id AS levelId, field, value, updated_at AS updatedAt FROM ladder_overrides ORDER BY track_id, level_id, field',
    ),
    datasets: datasetRows.map(({ id, ...d }) => ({
      ...(d as Omit<PersonalDataFile['datasets'][number], 'import' | 'records'>),
      import: (importInfo.get(id) as PersonalDataFile['datasets'][number]['import'] | undefined) ?? null,
      records: { columns: [...RECORD_COLUMNS], rows: records.all(id) as PersonalDataFile['datasets'][number]['records']['rows'] },
    })),
  };
}

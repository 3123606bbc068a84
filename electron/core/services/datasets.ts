import { sql } from 'drizzle-orm';
import type { DatasetStanding, DatasetSummary } from '../../../shared/domain/salary';
import { AppError } from '../../../shared/ipc/result';
import type { Sqlite } from '../db/open';
import type { Db } from '../db/store';

interface DatasetRow {
  id: string;
  name: string;
  publisher: string;
  license: string;
  source: string;
  year: number | null;
  version: number;
  builtin: number;
  standing: DatasetStanding;
  provenance: string;
  loadedAt: string;
  rowCount: number;
  occupationCount: number;
  areaCount: number;
}

export function listDatasets(db: Db): DatasetSummary[] {
  return db
    .all<DatasetRow>(sql`
      SELECT d.id, d.name, d.publisher, d.license, d.source, d.year, d.version, d.builtin, d.standing,
        d.provenance, d.loaded_at AS loadedAt,
        COALESCE(i.row_count, COUNT(b.id)) AS rowCount,
        COALESCE(i.title_count, COUNT(DISTINCT b.occupation_code)) AS occupationCount,
        COALESCE(i.area_count, COUNT(DISTINCT b.area_code)) AS areaCount
      FROM salary_datasets d LEFT JOIN salary_bands b ON b.dataset_id = d.id
        LEFT JOIN salary_imports i ON i.dataset_id = d.id
      GROUP BY d.id
      ORDER BY d.builtin DESC, d.standing = 'official' DESC, d.name`)
    .map((row) => ({ ...row, builtin: row.builtin === 1 }));
}

/** Imported datasets (standing "user") only: bundled ones belong to the app. */
function userDataset(sqlite: Sqlite, id: string): void {
  const row = sqlite.prepare('SELECT standing FROM salary_datasets WHERE id = ?').get(id) as { standing: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That dataset no longer exists.');
  if (row.standing !== 'user') throw new AppError('VALIDATION', 'Bundled datasets cannot be renamed or deleted; only your imports can.');
}

export function renameDataset(db: Db, sqlite: Sqlite, id: string, name: string): DatasetSummary {
  userDataset(sqlite, id);
  sqlite.prepare('UPDATE salary_datasets SET name = ? WHERE id = ?').run(name, id);
  const renamed = listDatasets(db).find((d) => d.id === id);
  if (!renamed) throw new Error(`dataset ${id} missing right after renaming it`);
  return renamed;
}

/** Deletes one import and only its rows (records and provenance go with it by cascade). */
export function deleteDataset(sqlite: Sqlite, id: string): { deletedRecords: number } {
  userDataset(sqlite, id);
  return sqlite.transaction(() => {
    const { changes } = sqlite.prepare('DELETE FROM salary_records WHERE dataset_id = ?').run(id);
    sqlite.prepare('DELETE FROM salary_datasets WHERE id = ?').run(id);
    return { deletedRecords: changes };
  })();
}

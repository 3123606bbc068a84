import { sql } from 'drizzle-orm';
import type { DatasetStanding, DatasetSummary } from '@shared/domain/salary';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../db/store';

interface DatasetRow {
  /** The public key, not the internal integer id. */
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
      SELECT d.key AS id, d.name, d.publisher, d.license, d.source, d.year, d.version, d.builtin, d.standing,
        d.provenance, d.loaded_at AS loadedAt,
        COALESCE(i.row_count, COUNT(b.id)) AS rowCount,
        COALESCE(i.title_count, COUNT(DISTINCT b.occupation_code)) AS occupationCount,
        COALESCE(i.area_count, COUNT(DISTINCT b.area_code)) AS areaCount
      FROM salary_datasets d LEFT JOIN salary_bands b ON b.dataset_id = d.id
        LEFT JOIN salary_imports i ON i.dataset_id = d.id
      WHERE d.status = 'ready'
      GROUP BY d.id
      ORDER BY d.builtin DESC, d.standing = 'official' DESC, d.name`)
    .map((row) => ({ ...row, builtin: row.builtin === 1 }));
}

/** The internal id of an imported (standing "user"), visible dataset: bundled ones belong to the app. */
function userDataset(db: Db, key: string): number {
  const row = db.get<{ id: number; standing: string } | undefined>(
    sql`SELECT id, standing FROM salary_datasets WHERE key = ${key} AND status = 'ready'`,
  );
  if (!row) throw new AppError('NOT_FOUND', 'That dataset no longer exists.');
  if (row.standing !== 'user') throw new AppError('VALIDATION', 'Bundled datasets cannot be renamed or deleted; only your imports can.');
  return row.id;
}

export function renameDataset(db: Db, key: string, name: string): DatasetSummary {
  const id = userDataset(db, key);
  db.run(sql`UPDATE salary_datasets SET name = ${name} WHERE id = ${id}`);
  const renamed = listDatasets(db).find((d) => d.id === key);
  if (!renamed) throw new Error(`dataset ${key} missing right after renaming it`);
  return renamed;
}

/**
 * Hides one import at once ("deleting": no query sees it) and leaves its rows to the worker's
 * purge, which deletes them in short transactions (a million rows in one statement would hold
 * the write lock for seconds). Only that import's rows go; its provenance goes by cascade.
 */
export function hideDatasetForDeletion(db: Db, key: string): { deletedRecords: number } {
  const id = userDataset(db, key);
  const records = db.get<{ n: number } | undefined>(sql`SELECT row_count AS n FROM salary_imports WHERE dataset_id = ${id}`)?.n ?? 0;
  db.run(sql`UPDATE salary_datasets SET status = 'deleting' WHERE id = ${id}`);
  return { deletedRecords: records };
}

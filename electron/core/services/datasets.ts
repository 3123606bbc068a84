import { sql } from 'drizzle-orm';
import type { DatasetStanding, DatasetSummary } from '../../../shared/domain/salary';
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
        COUNT(b.id) AS rowCount,
        COUNT(DISTINCT b.occupation_code) AS occupationCount,
        COUNT(DISTINCT b.area_code) AS areaCount
      FROM salary_datasets d LEFT JOIN salary_bands b ON b.dataset_id = d.id
      GROUP BY d.id
      ORDER BY d.builtin DESC, d.standing = 'official' DESC, d.name`)
    .map((row) => ({ ...row, builtin: row.builtin === 1 }));
}

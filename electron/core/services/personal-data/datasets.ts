import type { PersonalDataFile } from '@shared/domain/personal-data';
import type { Sqlite } from '../../db/open';
import { INSERT_RECORD } from '../salary-import/import-job';

type Dataset = PersonalDataFile['datasets'][number];

/**
 * Replace: the user's imported datasets become invisible at once ("deleting", inside the import's
 * transaction) and the worker purges their rows afterwards, as a deletion does. Their keys get a
 * suffix so the file may bring a dataset with the same key back.
 */
export function retireUserDatasets(sqlite: Sqlite): number {
  return sqlite
    .prepare("UPDATE salary_datasets SET status = 'deleting', key = key || '~retired-' || id WHERE builtin = 0 AND status = 'ready'")
    .run().changes;
}

/** One dataset, its import record and its rows, with one prepared statement for the rows. */
export function insertDataset(sqlite: Sqlite, d: Dataset): void {
  const datasetId = sqlite
    .prepare(
      `INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
       VALUES (?, 'ready', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(d.key, d.name, d.publisher, d.license, d.source, d.year, d.version, d.standing, d.provenance, d.loadedAt) as number;
  if (d.import) {
    const i = d.import;
    // The count stored is the records written, whatever the file says: the percentiles take a
    // dataset's size from it instead of counting the records again (services/salary-percentiles.ts).
    sqlite
      .prepare(
        `INSERT INTO salary_imports (dataset_id, file_name, file_sha256, imported_at, row_count, title_count, area_count, note, encoding, delimiter, mapping)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(datasetId, i.fileName, i.fileSha256, i.importedAt, d.records.rows.length, i.titleCount, i.areaCount, i.note, i.encoding, i.delimiter, i.mapping);
  }
  const record = sqlite.prepare(INSERT_RECORD);
  for (const r of d.records.rows) record.run(datasetId, ...r);
}

/** Merge: datasets whose key the database does not have yet. */
export function mergeDatasets(sqlite: Sqlite, datasets: readonly Dataset[]): { datasets: number; records: number } {
  const exists = sqlite.prepare('SELECT 1 FROM salary_datasets WHERE key = ?');
  let added = 0;
  let records = 0;
  for (const d of datasets) {
    if (exists.get(d.key)) continue;
    insertDataset(sqlite, d);
    added += 1;
    records += d.records.rows.length;
  }
  return { datasets: added, records };
}

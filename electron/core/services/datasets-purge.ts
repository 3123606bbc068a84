import type { Sqlite } from '../db/open';
import type { WriterGate } from '../jobs/writer-gate';

/** Rows deleted per transaction: short enough that a main-thread write never waits long. */
const PURGE_CHUNK = 5_000;

/**
 * Deletes one dataset and its records in short transactions, stepping aside for main-thread
 * writes between them (runs in a worker). The dataset is already invisible ("importing" or
 * "deleting"), so readers never see it half gone. Returns the number of records deleted.
 */
export function purgeDataset(conn: Sqlite, gate: WriterGate, datasetId: number): number {
  const chunk = conn.prepare(
    'DELETE FROM salary_records WHERE id IN (SELECT id FROM salary_records WHERE dataset_id = ? LIMIT ?)',
  );
  let deleted = 0;
  for (;;) {
    gate.yieldToMain();
    const { changes } = conn.transaction(() => chunk.run(datasetId, PURGE_CHUNK)).immediate();
    deleted += changes;
    if (changes < PURGE_CHUNK) break;
  }
  gate.yieldToMain();
  conn.transaction(() => conn.prepare('DELETE FROM salary_datasets WHERE id = ?').run(datasetId)).immediate();
  return deleted;
}

/** Every dataset no reader may see: imports that never finished (a crash) and deletions under way. */
export function purgeHiddenDatasets(conn: Sqlite, gate: WriterGate): { purgedDatasets: number; purgedRecords: number } {
  const ids = conn.prepare("SELECT id FROM salary_datasets WHERE status <> 'ready'").pluck().all() as number[];
  let purgedRecords = 0;
  for (const id of ids) purgedRecords += purgeDataset(conn, gate, id);
  return { purgedDatasets: ids.length, purgedRecords };
}

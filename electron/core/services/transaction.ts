import type { Db } from '../db/store';

/**
 * Runs `work` in one SQLite transaction on the store's connection (drizzle's better-sqlite3
 * transaction is the driver's native one), so services keep taking `db` and a multi-row write
 * (an event, the row it changes, a goal it completes) is all or nothing.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(() => work());
}

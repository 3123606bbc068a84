import Database from 'better-sqlite3';
import { AppError } from '@shared/ipc/result';
import { isCorruptionError } from './open';

/**
 * A write that waited the whole busy timeout for another connection (a CSV import holds the write
 * lock for its single transaction) is not a bug: say so, so the user knows to retry.
 */
export function explainStoreError(error: unknown): AppError | null {
  if (error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED')) {
    return new AppError('CONFLICT', 'The database is busy (an import is being written). Nothing was saved: try again when it has finished.');
  }
  if (isCorruptionError(error)) {
    return new AppError('UNAVAILABLE', `The database file is damaged: this could not be read (${error.message}). Nothing was saved.`);
  }
  return null;
}

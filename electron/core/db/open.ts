import Database from 'better-sqlite3';
import { describeProblem, type DatabaseProblem } from '@shared/domain/recovery';

export type Sqlite = Database.Database;

export interface NativeOptions {
  /** Path to a better-sqlite3 `.node` built for the running ABI (Electron), if not the default. */
  nativeBinding?: string;
}

export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/** The file at the database's path cannot be used; it was left exactly as it was. */
export class UnusableDatabaseError extends StoreOpenError {
  constructor(
    readonly file: string,
    readonly problem: DatabaseProblem,
    options?: { cause?: unknown },
  ) {
    super(describeProblem(problem, file).message, options);
    this.name = 'UnusableDatabaseError';
  }
}

/** SQLite's own words for a file that is damaged or is no database at all. */
export function isCorruptionError(error: unknown): error is InstanceType<typeof Database.SqliteError> {
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

export interface ConnectionOptions {
  /**
   * How long a statement may wait for another connection's lock. 0 on the main thread: a wait
   * there would freeze the app, so the write queue retries from the event loop instead. Workers
   * may wait (they block only themselves).
   */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the database with the pragmas the whole app relies on. */
export function openConnection(file: string, options: NativeOptions = {}, { busyTimeoutMs = 0 }: ConnectionOptions = {}): Sqlite {
  let sqlite: Sqlite;
  try {
    sqlite = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (cause) {
    throw new StoreOpenError(`Cannot open the database at ${file}: ${(cause as Error).message}`, { cause });
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  } catch (cause) {
    sqlite.close();
    throw new StoreOpenError(
      `The file at ${file} is not a Trajectory database (${(cause as Error).message}). It was left as it was.`,
      { cause },
    );
  }
  return sqlite;
}

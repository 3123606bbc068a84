import { openConnection, type ConnectionOptions, type NativeOptions, type Sqlite } from '../../db/open';

/**
 * Up to 256 MiB of page cache for a worker's connection (SQLite allocates it only as pages are
 * read or written, and frees it on close). It was sized for imports inserting in file order, the
 * index keys landing all over their trees; an import now appends in index order and sets its own
 * much smaller cache while it writes (import-job.ts).
 */
const IMPORT_CACHE_KIB = 256 * 1024;

/** The worker's connection: the app's pragmas plus a cache sized for bulk inserts. */
export function openImportConnection(file: string, native?: NativeOptions, options?: ConnectionOptions): Sqlite {
  const conn = openConnection(file, native, options);
  conn.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  return conn;
}

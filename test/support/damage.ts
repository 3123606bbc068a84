import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Overwrites one leaf page in the middle of a table with garbage: the file still opens and most
 * reads work (the incident: such a file answered some reads with errors and kept taking writes),
 * but `PRAGMA quick_check` finds it. Returns the page number.
 */
export function garbleMiddlePage(file: string, table = 'salary_bands'): number {
  const db = new Database(file);
  const pages = (db.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').all(table, 'leaf') as Array<{ pageno: number }>).map(
    (r) => r.pageno,
  );
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close(); // the last connection: the WAL goes into the file and is removed
  if (pages.length < 10) throw new Error(`${table} spans only ${pages.length} pages: not enough to damage one in the middle`);
  const page = pages[Math.floor(pages.length / 2)] ?? 0;
  const garbage = Buffer.alloc(pageSize);
  for (let i = 0; i < pageSize; i++) garbage[i] = (i * 131 + 17) & 0xff;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return page;
}

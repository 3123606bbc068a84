import { existsSync } from 'node:fs';
import type { Sqlite } from './open';

/**
 * Takes an online backup next to the database file, named after the schema it holds, and returns
 * its path. SQLite's backup API copies a consistent snapshot even while the file is in WAL mode.
 */
export async function backupBeside(sqlite: Sqlite, file: string, schemaVersion: number, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.schema${schemaVersion}-${stamp}.bak`;
  for (let n = 2; existsSync(target); n++) target = `${file}.schema${schemaVersion}-${stamp}-${n}.bak`;
  await sqlite.backup(target);
  return target;
}

import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { DatabaseProblem } from '@shared/domain/recovery';
import { SQLITE_HEADER, SchemaReadError, readHeader, readSchemaEntries } from './sqlite-schema-read';

/** What the file at the database's path is, found with node:fs alone: nothing is written, nothing created. */
export type FileVerdict =
  | { usable: true; exists: boolean; userVersion: number }
  | { usable: false; problem: DatabaseProblem };

/** drizzle's record of applied migrations: every Trajectory database has it. */
const MIGRATIONS_TABLE = '__drizzle_migrations';
/** Tables the first migration creates: with the migrations table, they mark the file as ours. */
const TRAJECTORY_TABLES = ['salary_datasets', 'salary_bands'];

const refuse = (problem: DatabaseProblem): FileVerdict => ({ usable: false, problem });

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Classifies the database file before SQLite touches it: missing (create it), empty, not SQLite,
 * truncated or unreadable, from a newer schema, another application's database, or ours.
 */
export function inspectDatabaseFile(file: string, knownVersion: number): FileVerdict {
  if (!existsSync(file)) return { usable: true, exists: false, userVersion: 0 };
  const size = statSync(file).size;
  if (size === 0) return refuse({ kind: 'empty', detail: '0 bytes' });
  const head = readHead(file);
  if (head.length < SQLITE_HEADER.length || !head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    return refuse({ kind: 'not-sqlite', detail: 'it does not start with the SQLite header' });
  }
  if (head.length < 100) return refuse({ kind: 'damaged', detail: `cut short: ${size} bytes, less than its own header` });
  let header;
  try {
    header = readHeader(head);
  } catch (error) {
    return refuse({ kind: 'damaged', detail: (error as Error).message });
  }
  if (header.userVersion > knownVersion) {
    return refuse({ kind: 'newer', detail: `schema ${header.userVersion}`, fileVersion: header.userVersion, knownVersion });
  }
  if (header.pageCount > 0 && size < header.pageCount * header.pageSize) {
    return refuse({ kind: 'damaged', detail: `cut short: ${size} bytes where its header says ${header.pageCount * header.pageSize}` });
  }
  let names: string[];
  try {
    names = readSchemaEntries(file)
      .filter((e) => e.type === 'table' && !e.name.startsWith('sqlite_'))
      .map((e) => e.name);
  } catch (error) {
    if (error instanceof SchemaReadError) return refuse({ kind: 'damaged', detail: `its table of contents cannot be read: ${error.message}` });
    throw error;
  }
  // An SQLite file with no tables yet (a new file cut short before its first migration) is safe to use.
  if (names.length === 0) return { usable: true, exists: true, userVersion: header.userVersion };
  const ours = names.includes(MIGRATIONS_TABLE) && TRAJECTORY_TABLES.every((t) => names.includes(t));
  if (!ours) {
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    return refuse({ kind: 'foreign', detail: `its tables are ${shown}` });
  }
  return { usable: true, exists: true, userVersion: header.userVersion };
}

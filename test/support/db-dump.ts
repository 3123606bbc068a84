import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * A deterministic picture of a database's whole content: user_version, every schema object and,
 * per table, the row count and a hash of every row (in a fixed order). Two databases with equal
 * dumps hold the same state; a readable diff names the tables that differ.
 */
export interface DbDump {
  userVersion: number;
  schema: string[];
  tables: Record<string, { rows: number; sha256: string }>;
}

export interface DumpOptions {
  /** Tables left out entirely (e.g. `sqlite_sequence`, a counter rather than data). */
  skipTables?: readonly string[];
  /** A WHERE clause per table: only those rows count (e.g. rows no reader can see are left out). */
  where?: Readonly<Record<string, string>>;
  /** Rewrites a value before hashing (e.g. a random key to a fixed placeholder). */
  mask?: (table: string, value: unknown) => unknown;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function encode(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { blob: value.toString('base64') };
  if (typeof value === 'number' && !Number.isFinite(value)) return { number: String(value) };
  return value;
}

export function dumpDatabase(sqlite: Database.Database, options: DumpOptions = {}): DbDump {
  const skip = new Set(options.skipTables ?? []);
  const objects = sqlite
    .prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master ORDER BY type, name")
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  const tables: DbDump['tables'] = {};
  for (const object of objects) {
    if (object.type !== 'table' || skip.has(object.name)) continue;
    const columns = (sqlite.prepare(`SELECT COUNT(*) FROM pragma_table_info(?)`).pluck().get(object.name) as number) || 1;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    const where = options.where?.[object.name];
    const rows = sqlite.prepare(`SELECT * FROM ${quote(object.name)}${where ? ` WHERE ${where}` : ''} ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>;
    const hash = createHash('sha256');
    let count = 0;
    for (const row of rows) {
      count += 1;
      hash.update(JSON.stringify(row.map((v) => encode(options.mask ? options.mask(object.name, v) : v))));
      hash.update('\n');
    }
    tables[object.name] = { rows: count, sha256: hash.digest('hex') };
  }
  return {
    userVersion: Number(sqlite.pragma('user_version', { simple: true })),
    schema: objects.filter((o) => !skip.has(o.tableName)).map((o) => `${o.type} ${o.name}: ${o.sql ?? ''}`),
    tables,
  };
}

export interface FileCheck {
  integrity: string;
  foreignKeyViolations: number;
  dump: DbDump;
}

/**
 * Opens a database file as any reader would after a crash (SQLite recovers a WAL left behind),
 * runs `integrity_check` and `foreign_key_check`, and dumps it.
 */
export function checkDatabaseFile(file: string, options: DumpOptions = {}): FileCheck {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyViolations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyViolations, dump: dumpDatabase(sqlite, options) };
  } finally {
    sqlite.close();
  }
}

import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Cheap counters that move on any write: this connection's row changes and other connections' commits. */
export interface WriteCounters {
  totalChanges: number;
  dataVersion: number;
}

export function writeCounters(sqlite: Database): WriteCounters {
  const totalChanges = (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const dataVersion = sqlite.pragma('data_version', { simple: true }) as number;
  return { totalChanges, dataVersion };
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A deterministic hash of every row of every table (sqlite_sequence included), in key order.
 * SQLite renders each table as one text (`quote()` of every cell), so the cost stays in C:
 * materialising the bundled salary rows as JS objects took over 100 ms a call.
 */
export function databaseChecksum(sqlite: Database): string {
  const hash = createHash('sha256');
  const tables = sqlite.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    const columns = (sqlite.pragma(`table_info(${ident(name)})`) as { name: string }[]).map((c) => `quote(${ident(c.name)})`);
    // A WITHOUT ROWID table has no rowid: every column, in order, is a total order.
    const order = /WITHOUT\s+ROWID/i.test(sql) ? columns.map((_, i) => i + 1).join(', ') : 'rowid';
    const text = sqlite
      .prepare(`SELECT group_concat(r, char(10)) AS t FROM (SELECT ${columns.join(" || ',' || ")} AS r FROM ${ident(name)} ORDER BY ${order})`)
      .get() as { t: string | null };
    hash.update(`table ${name}\n${text.t ?? ''}\n`);
  }
  return hash.digest('hex');
}

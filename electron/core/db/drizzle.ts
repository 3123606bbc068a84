import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Sqlite } from './open';

/**
 * drizzle without the schema object: the app builds its queries from the table objects and never
 * uses drizzle's relational `db.query` API, which is all the schema is for. Handed the schema,
 * drizzle walked every table's relations on each open, a fair part of the core's start-up.
 */
export type Db = BetterSQLite3Database;

export const drizzleOf = (sqlite: Sqlite): Db => drizzle(sqlite);

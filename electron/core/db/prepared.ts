import type { Db } from './store';

/**
 * A query prepared once per connection, for the hot reads: drizzle's `db.all(sql…)` builds the
 * SQL text and asks SQLite to prepare it on every call, which costs more than the read itself
 * for a small indexed lookup. Kept per `Db` (weakly), so every core and every test database
 * gets its own statement and none outlives its connection.
 */
export function preparedPerDb<Q>(prepare: (db: Db) => Q): (db: Db) => Q {
  const cache = new WeakMap<Db, Q>();
  return (db) => {
    let query = cache.get(db);
    if (query === undefined) {
      query = prepare(db);
      cache.set(db, query);
    }
    return query;
  };
}

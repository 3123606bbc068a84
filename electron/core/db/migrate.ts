import { readMigrationFiles } from 'drizzle-orm/migrator';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UnusableDatabaseError, type Sqlite } from './open';

const Journal = z.object({
  entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })),
});

/** Journals already read, by path, with the file's size and time they were read at. */
const journals = new Map<string, { stamp: string; version: number }>();

/**
 * The schema version a build knows = the number of migrations it shipped. A start asks several
 * times (the host, the store, the migrator): the journal is parsed once and read again only when
 * the file changed (tests write their own migration folders).
 */
export function shippedSchemaVersion(migrationsDir: string): number {
  const file = path.join(migrationsDir, 'meta', '_journal.json');
  const stat = statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = journals.get(file);
  if (known?.stamp === stamp) return known.version;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = Journal.parse(raw).entries.length;
  journals.set(file, { stamp, version });
  return version;
}

export class SchemaTooNewError extends UnusableDatabaseError {
  constructor(
    file: string,
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(file, { kind: 'newer', detail: `schema ${fileVersion}`, fileVersion, knownVersion });
    this.name = 'SchemaTooNewError';
  }
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** drizzle's own bookkeeping table, kept so databases migrated by drizzle's migrator carry on. */
const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS `__drizzle_migrations` (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)';

/**
 * Applies pending migrations in ONE transaction that also checks the foreign keys and sets
 * `user_version`, so a crash or an error at any point leaves the file exactly as it was or fully
 * migrated, never a new schema under the old version number (drizzle's migrator commits its own
 * transaction, which left the version and the key check to a second one). Foreign keys are
 * turned off on the connection first because the pragma is ignored inside a transaction, and a
 * table rebuild would otherwise cascade-delete child rows; `foreign_key_check` must be empty
 * before the commit.
 */
export function applyMigrations(sqlite: Sqlite, migrationsDir: string): number {
  const target = shippedSchemaVersion(migrationsDir);
  const before = Number(sqlite.pragma('user_version', { simple: true }));
  if (before === target) return 0;
  const migrations = readMigrationFiles({ migrationsFolder: migrationsDir });
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite
      .transaction(() => {
        sqlite.exec(MIGRATIONS_TABLE);
        const last = sqlite.prepare('SELECT created_at FROM `__drizzle_migrations` ORDER BY created_at DESC LIMIT 1').pluck().get();
        const record = sqlite.prepare('INSERT INTO `__drizzle_migrations` ("hash", "created_at") VALUES (?, ?)');
        for (const migration of migrations) {
          // The same rule as drizzle's migrator: everything newer than the last one applied.
          if (last !== undefined && Number(last) >= migration.folderMillis) continue;
          for (const statement of migration.sql) sqlite.exec(statement);
          record.run(migration.hash, migration.folderMillis);
        }
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new MigrationError(`Migration left ${violations.length} rows whose references point nowhere; nothing was changed.`);
        }
        sqlite.pragma(`user_version = ${target}`);
      })
      .immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return target - before;
}

import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UnusableDatabaseError, type Sqlite } from './open';

const Journal = z.object({
  entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })),
});

/** The schema version a build knows = the number of migrations it ships. */
export function shippedSchemaVersion(migrationsDir: string): number {
  const raw: unknown = JSON.parse(readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8'));
  return Journal.parse(raw).entries.length;
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

/**
 * Applies pending migrations. Foreign keys are turned off on the connection first because
 * drizzle runs migrations inside a transaction, where the pragma is ignored, and a table rebuild
 * would otherwise cascade-delete child rows; `foreign_key_check` must be empty afterwards.
 */
export function applyMigrations(sqlite: Sqlite, migrationsDir: string): number {
  const target = shippedSchemaVersion(migrationsDir);
  const before = Number(sqlite.pragma('user_version', { simple: true }));
  if (before === target) return 0;
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder: migrationsDir });
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new MigrationError(
        `Migration left ${violations.length} rows whose references point nowhere; restore the backup taken before it.`,
      );
    }
    sqlite.pragma(`user_version = ${target}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return target - before;
}

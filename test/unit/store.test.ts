import Database from 'better-sqlite3';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemaTooNewError, shippedSchemaVersion } from '../../electron/core/db/migrate';
import { StoreOpenError } from '../../electron/core/db/open';
import { openStore } from '../../electron/core/db/store';
import { MIGRATIONS_DIR, tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  return { dir: t.dir, file: path.join(t.dir, 'trajectory.sqlite') };
}

describe('openStore', () => {
  it('creates a new database with WAL, synchronous=FULL, foreign keys on and the shipped schema', async () => {
    const { file } = scratch();
    const store = await openStore(file, { migrationsDir: MIGRATIONS_DIR });
    cleanups.unshift(() => store.close());
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(shippedSchemaVersion(MIGRATIONS_DIR));
    const tables = (store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['profile', 'salary_datasets', 'salary_bands']));
    expect(store.backupPath).toBeNull();
  });

  it('refuses a database from a newer schema and leaves the file byte-for-byte untouched', async () => {
    const { file } = scratch();
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma('user_version = 999');
    future.close();
    const before = readFileSync(file);
    await expect(openStore(file, { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(SchemaTooNewError);
    await expect(openStore(file, { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(/newer version of Trajectory \(schema 999/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, untouched, with a message naming it', async () => {
    const { file } = scratch();
    writeFileSync(file, 'this is a text file, not SQLite '.repeat(40));
    const before = readFileSync(file);
    await expect(openStore(file, { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(StoreOpenError);
    await expect(openStore(file, { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  /** An "older app" ships the first migrations; the "newer app" adds one more with this SQL. */
  async function upgradeScenario(extraSql: string[]) {
    const { dir, file } = scratch();
    const oldMigrations = path.join(dir, 'old-migrations');
    const newMigrations = path.join(dir, 'new-migrations');
    cpSync(MIGRATIONS_DIR, oldMigrations, { recursive: true });
    cpSync(MIGRATIONS_DIR, newMigrations, { recursive: true });
    const journalFile = path.join(newMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1);
    if (!last) throw new Error('no migrations shipped');
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(path.join(newMigrations, '9999_next.sql'), extraSql.join('\n--> statement-breakpoint\n'));

    const old = await openStore(file, { migrationsDir: oldMigrations });
    old.sqlite.exec(`INSERT INTO salary_datasets (id, key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
      VALUES (1, 'mine', 'ready', 'Mine', 'me', 'mine', 'me', 2026, 1, 0, 'user', '', '2026-01-01')`);
    old.sqlite.exec(`INSERT INTO salary_bands (dataset_id, occupation_code, occupation_title, area_code, area_name, area_type, state, currency)
      VALUES (1, '15-1252', 'Dev', '0000000', 'US', 'national', '', 'USD')`);
    old.close();
    return { dir, file, newMigrations, newVersion: journal.entries.length };
  }

  it('backs the file up before migrating an older schema and keeps child rows through a table rebuild', async () => {
    // Rebuilding the parent table would cascade-delete every band if foreign keys stayed on.
    const { file, newMigrations, newVersion } = await upgradeScenario([
      'CREATE TABLE `salary_datasets_new` (`id` integer PRIMARY KEY NOT NULL, `key` text NOT NULL, `status` text NOT NULL, `name` text NOT NULL, `publisher` text NOT NULL, `license` text NOT NULL, `source` text NOT NULL, `year` integer, `version` integer NOT NULL, `builtin` integer NOT NULL, `standing` text NOT NULL, `provenance` text NOT NULL, `loaded_at` text NOT NULL, `note` text);',
      'INSERT INTO `salary_datasets_new` SELECT *, NULL FROM `salary_datasets`;',
      'DROP TABLE `salary_datasets`;',
      'ALTER TABLE `salary_datasets_new` RENAME TO `salary_datasets`;',
    ]);
    const upgraded = await openStore(file, { migrationsDir: newMigrations });
    cleanups.unshift(() => upgraded.close());
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(newVersion);
    expect(upgraded.sqlite.prepare('SELECT COUNT(*) AS n FROM salary_bands').get()).toEqual({ n: 1 });
    expect(upgraded.sqlite.prepare('SELECT note FROM salary_datasets').get()).toEqual({ note: null });
    expect(upgraded.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);

    expect(upgraded.backupPath).not.toBeNull();
    const backup = new Database(upgraded.backupPath ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(newVersion - 1);
    expect(backup.prepare('SELECT COUNT(*) AS n FROM salary_bands').get()).toEqual({ n: 1 });
    backup.close();
  });

  it('changes nothing when a migration leaves references pointing nowhere', async () => {
    const { file, newMigrations, newVersion } = await upgradeScenario(["DELETE FROM `salary_datasets` WHERE key = 'mine';"]);
    await expect(openStore(file, { migrationsDir: newMigrations })).rejects.toThrow(/point nowhere.*left as it was/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(newVersion - 1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM salary_datasets').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM salary_bands').get()).toEqual({ n: 1 });
    db.close();
  });

  it('leaves the database as it was when a migration fails part-way', async () => {
    const { file, newMigrations, newVersion } = await upgradeScenario([
      'CREATE TABLE `half_done` (x);',
      'THIS IS NOT SQL;',
    ]);
    await expect(openStore(file, { migrationsDir: newMigrations })).rejects.toThrow(/Updating the database/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(newVersion - 1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens an up-to-date database again without a backup or a migration', async () => {
    const { dir, file } = scratch();
    (await openStore(file, { migrationsDir: MIGRATIONS_DIR })).close();
    const again = await openStore(file, { migrationsDir: MIGRATIONS_DIR });
    again.close();
    expect(again.backupPath).toBeNull();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('fails with a clear message when the folder cannot hold a database', async () => {
    const { dir } = scratch();
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    await expect(openStore(path.join(blocker, 'db.sqlite'), { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(/Cannot open the database/);
  });
});

describe('shippedSchemaVersion', () => {
  it('reads a migration folder’s journal again once it has changed', () => {
    const { dir } = scratch();
    const migrations = path.join(dir, 'migrations');
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    const shipped = shippedSchemaVersion(MIGRATIONS_DIR);
    expect(shippedSchemaVersion(migrations)).toBe(shipped);
    const journalFile = path.join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    journal.entries.push(journal.entries.at(-1));
    writeFileSync(journalFile, JSON.stringify(journal));
    expect(shippedSchemaVersion(migrations)).toBe(shipped + 1);
  });
});

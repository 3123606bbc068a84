import Database from 'better-sqlite3';
import { writeFileSync, readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../electron/core/db/file-check';
import { SchemaTooNewError, shippedSchemaVersion } from '../../electron/core/db/migrate';
import { UnusableDatabaseError } from '../../electron/core/db/open';
import { readSchemaEntries } from '../../electron/core/db/sqlite-schema-read';
import { openStore } from '../../electron/core/db/store';
import { snapshotDir } from '../support/file-snapshot';
import { MIGRATIONS_DIR, tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const KNOWN = shippedSchemaVersion(MIGRATIONS_DIR);

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  return { dir: t.dir, file: path.join(t.dir, 'trajectory.sqlite') };
}

/** An SQLite file written the way other apps write them: WAL mode, closed cleanly. */
function sqliteFile(file: string, setup: (db: Database.Database) => void, pragmas: string[] = ['journal_mode = WAL']) {
  const db = new Database(file);
  for (const p of pragmas) db.pragma(p);
  setup(db);
  db.close();
}

/** Refused by the classifier and by openStore, and the folder is byte-for-byte as it was, with no -wal or -shm. */
async function expectRefusedUntouched(dir: string, file: string, kind: string) {
  const before = snapshotDir(dir);
  const verdict = inspectDatabaseFile(file, KNOWN);
  expect(verdict.usable ? 'usable' : verdict.problem.kind).toBe(kind);
  const error = await openStore(file, { migrationsDir: MIGRATIONS_DIR }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnusableDatabaseError);
  expect((error as UnusableDatabaseError).problem.kind).toBe(kind);
  expect((error as Error).message).toContain(file);
  expect(snapshotDir(dir)).toEqual(before);
}

describe('inspectDatabaseFile (before SQLite touches the file)', () => {
  it('a missing file is to be created', () => {
    const { file } = scratch();
    expect(inspectDatabaseFile(file, KNOWN)).toEqual({ usable: true, exists: false, userVersion: 0 });
  });

  it('refuses a zero-byte file as probably lost data, untouched', async () => {
    const { dir, file } = scratch();
    writeFileSync(file, '');
    await expectRefusedUntouched(dir, file, 'empty');
    const error = (await openStore(file, { migrationsDir: MIGRATIONS_DIR }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/lost/);
  });

  it('refuses a file without the SQLite header, untouched', async () => {
    const { dir, file } = scratch();
    writeFileSync(file, 'PK\u0003\u0004 a zip archive, not a database '.repeat(100));
    await expectRefusedUntouched(dir, file, 'not-sqlite');
  });

  it('refuses a WAL-mode file from a newer schema with no write at all: no -wal or -shm appears', async () => {
    const { dir, file } = scratch();
    sqliteFile(file, (db) => {
      db.exec('CREATE TABLE from_the_future (x)');
      db.pragma(`user_version = ${KNOWN + 5}`);
    });
    await expectRefusedUntouched(dir, file, 'newer');
    await expect(openStore(file, { migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(SchemaTooNewError);
  });

  it("refuses another application's SQLite database untouched (our tables are not added)", async () => {
    const { dir, file } = scratch();
    sqliteFile(file, (db) => {
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); CREATE TABLE tags (name TEXT)');
      db.prepare('INSERT INTO notes (body) VALUES (?)').run('keep me');
    });
    await expectRefusedUntouched(dir, file, 'foreign');
    expect((inspectDatabaseFile(file, KNOWN) as { problem: { detail: string } }).problem.detail).toMatch(/notes, tags/);
  });

  it("refuses another application's database even when its user_version looks like ours", async () => {
    const { dir, file } = scratch();
    sqliteFile(file, (db) => {
      db.exec('CREATE TABLE moz_places (url TEXT)');
      db.pragma('user_version = 1');
    });
    await expectRefusedUntouched(dir, file, 'foreign');
  });

  it('refuses a Trajectory database cut short (truncated) as damaged, untouched', async () => {
    const { dir, file } = scratch();
    (await openStore(file, { migrationsDir: MIGRATIONS_DIR })).close();
    truncateSync(file, 8192);
    await expectRefusedUntouched(dir, file, 'damaged');
  });

  it('accepts its own database, and an SQLite file with no tables yet', async () => {
    const { file } = scratch();
    (await openStore(file, { migrationsDir: MIGRATIONS_DIR })).close();
    expect(inspectDatabaseFile(file, KNOWN)).toEqual({ usable: true, exists: true, userVersion: KNOWN });
    const blank = scratch();
    sqliteFile(blank.file, () => undefined);
    expect(inspectDatabaseFile(blank.file, KNOWN)).toEqual({ usable: true, exists: true, userVersion: 0 });
  });
});

describe('readSchemaEntries reads the same names SQLite does', () => {
  const cases: Array<[string, string[]]> = [
    ['page size 512, many tables (interior pages)', ['page_size = 512']],
    ['page size 65536', ['page_size = 65536']],
    ['UTF-16le text', ['encoding = "UTF-16le"']],
    ['UTF-16be text', ['encoding = "UTF-16be"']],
  ];
  it.each(cases)('%s', (_label, pragmas) => {
    const { file } = scratch();
    sqliteFile(
      file,
      (db) => {
        db.exec('BEGIN');
        for (let i = 0; i < 120; i++) {
          // Long SQL spills the cell onto overflow pages; the name is still read from its page.
          db.exec(`CREATE TABLE "tbl_${i}_${'ü'.repeat(i % 7)}" (a, b, c${i % 3 === 0 ? `, ${'x'.repeat(3000)} TEXT` : ''})`);
          if (i % 10 === 0) db.exec(`CREATE INDEX idx_${i} ON "tbl_${i}_${'ü'.repeat(i % 7)}" (a)`);
        }
        db.exec('COMMIT');
      },
      pragmas,
    );
    const db = new Database(file, { readonly: true });
    const expected = db.prepare('SELECT type, name FROM sqlite_master').all();
    db.close();
    expect(readSchemaEntries(file)).toEqual(expected);
  });

  it('reports garbage on the schema page as a read error, not a crash', () => {
    const { file } = scratch();
    sqliteFile(file, (db) => db.exec('CREATE TABLE a (x)'));
    const bytes = readFileSync(file);
    bytes.fill(0xab, 100, 200);
    writeFileSync(file, bytes);
    expect(() => readSchemaEntries(file)).toThrow(/page 1/);
  });
});

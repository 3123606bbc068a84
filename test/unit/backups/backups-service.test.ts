import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, RestoreResult } from '@shared/domain/backups';
import type { DataDomain } from '@shared/ipc/contract';
import { DATA_DOMAINS } from '@shared/ipc/contract';
import { takeBackup } from '../../../electron/core/db/backup';
import { backupFileName, backupsDir, listBackups } from '../../../electron/core/db/backup-files';
import { shippedSchemaVersion } from '../../../electron/core/db/migrate';
import type { Sqlite } from '../../../electron/core/db/open';
import { openStore } from '../../../electron/core/db/store';
import { MIGRATIONS_DIR, openTempCore, tempDir, VALID_PROFILE } from '../../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const SHIPPED = shippedSchemaVersion(MIGRATIONS_DIR);

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  return path.join(t.dir, 'trajectory.sqlite');
}

async function coreAt(dbFile: string, clock?: () => Date) {
  const core = await openTempCore(dbFile, clock ? { clock } : {});
  cleanups.unshift(() => core.close());
  return core;
}

type Core = Awaited<ReturnType<typeof coreAt>>;

async function call<T>(core: Core, method: string, input?: unknown): Promise<T> {
  const result = await core.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const profileName = async (core: Core) => (await call<{ name: string } | null>(core, 'profile.get'))?.name;

/** Every table's rows in rowid order: equal before and after means nothing was written. */
function contentsChecksum(sqlite: Sqlite): string {
  const hash = createHash('sha256');
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  for (const { name } of tables) {
    hash.update(name);
    for (const row of sqlite.prepare(`SELECT * FROM "${name}"`).iterate()) hash.update(JSON.stringify(row));
  }
  hash.update(String(sqlite.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}

const at = (iso: string) => () => new Date(iso);

describe('backups on demand and the list', () => {
  it('backs up now, lists it with kind, time and schema, and ignores partial copies and foreign files', async () => {
    const dbFile = scratch();
    const core = await coreAt(dbFile, at('2026-03-04T10:00:00Z'));
    await call(core, 'profile.save', VALID_PROFILE);
    const taken = await call<BackupInfo>(core, 'backups.create');
    expect(taken).toMatchObject({ kind: 'manual', createdAt: '2026-03-04T10:00:00.000Z', schemaVersion: SHIPPED });
    expect(taken.bytes).toBe(statSync(path.join(backupsDir(dbFile), taken.fileName)).size);

    const dir = backupsDir(dbFile);
    writeFileSync(path.join(dir, `${backupFileName('manual', SHIPPED, new Date())}.partial`), 'cut short');
    writeFileSync(path.join(dir, 'holiday.jpg'), 'not ours');
    mkdirSync(path.join(dir, backupFileName('daily', SHIPPED, new Date())));
    expect(await call<BackupInfo[]>(core, 'backups.list')).toEqual([taken]);
    // A backup is one self-contained file: reading it leaves nothing beside it.
    const copy = new Database(path.join(dir, taken.fileName), { readonly: true });
    expect(copy.prepare('SELECT name FROM profile').get()).toEqual({ name: '' });
    copy.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('-wal') || n.endsWith('-shm'))).toEqual([]);
  });
});

describe('the daily backup on start', () => {
  it('takes none for a new empty database, one a day once there is data, and none again the same day', async () => {
    const dbFile = scratch();
    const first = await coreAt(dbFile, at('2026-03-04T08:00:00'));
    expect(await first.dailyBackup).toBeNull();
    await call(first, 'profile.save', VALID_PROFILE);
    first.close();

    const second = await coreAt(dbFile, at('2026-03-04T09:00:00'));
    const taken = await second.dailyBackup;
    expect(taken).toMatchObject({ kind: 'daily', schemaVersion: SHIPPED });
    second.close();

    const third = await coreAt(dbFile, at('2026-03-04T23:00:00'));
    expect(await third.dailyBackup).toBeNull();
    third.close();

    const nextDay = await coreAt(dbFile, at('2026-03-05T07:00:00'));
    expect(await nextDay.dailyBackup).toMatchObject({ kind: 'daily' });
    expect(listBackups(dbFile).map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('reports a failure instead of throwing, and start-up still succeeds', async () => {
    const dbFile = scratch();
    const first = await coreAt(dbFile);
    await call(first, 'profile.save', VALID_PROFILE);
    first.close();
    // A file where the backups folder should be: the backup cannot be written.
    writeFileSync(backupsDir(dbFile), 'in the way');
    const reported: string[] = [];
    const { createCore } = await import('../../../electron/core');
    const { RESOURCES_DIR } = await import('../../support/temp-core');
    const core = await createCore({
      dbFile,
      resourcesDir: RESOURCES_DIR,
      host: 'test',
      version: '0',
      onUnexpectedError: (where) => reported.push(where),
    });
    cleanups.unshift(() => core.close());
    expect(await core.dailyBackup).toBeNull();
    expect(reported).toEqual(['daily backup']);
    expect(await core.router.dispatch('profile.get', undefined)).toMatchObject({ ok: true });
  });
});

describe('restoring a backup', () => {
  it('brings the older data back, backs up the current data first and announces every domain', async () => {
    const dbFile = scratch();
    const core = await coreAt(dbFile);
    await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Before' });
    await call(core, 'progress.logStudy', { skillId: 'sql', minutes: 90, date: '2026-01-05' });
    const taken = await call<BackupInfo>(core, 'backups.create');
    await call(core, 'profile.save', { ...VALID_PROFILE, name: 'After' });
    await call(core, 'goals.create', { kind: 'custom', title: 'Later goal', dueDate: '2027-01-01' });
    const announced: DataDomain[][] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'dataChanged') announced.push([...(payload as { domains: DataDomain[] }).domains]);
    });

    const result = await call<RestoreResult>(core, 'backups.restore', { fileName: taken.fileName });

    expect(result).toMatchObject({ restored: taken, beforeRestore: { kind: 'before-restore' }, migrationsApplied: 0 });
    expect(await profileName(core)).toBe('Before');
    expect(await call<unknown[]>(core, 'goals.list')).toEqual([]);
    expect(await call<unknown[]>(core, 'progress.log', {})).toHaveLength(1);
    expect(announced).toEqual([[...DATA_DOMAINS]]);
    // The data as it was just before is in the before-restore backup.
    const safety = new Database(path.join(backupsDir(dbFile), result.beforeRestore.fileName), { readonly: true });
    expect(safety.prepare('SELECT name FROM profile').get()).toEqual({ name: 'After' });
    safety.close();
    // Still a healthy WAL database that takes writes, and the same after reopening.
    expect(core.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Again' });
    core.close();
    const reopened = await coreAt(dbFile);
    expect(await profileName(reopened)).toBe('Again');
  });

  it('runs a write sent during the restore after it, never in between', async () => {
    const dbFile = scratch();
    const core = await coreAt(dbFile);
    await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Old' });
    const taken = await call<BackupInfo>(core, 'backups.create');
    await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Current' });
    const restoring = call(core, 'backups.restore', { fileName: taken.fileName });
    const saving = call(core, 'profile.save', { ...VALID_PROFILE, name: 'Sent during the restore' });
    await Promise.all([restoring, saving]);
    expect(await profileName(core)).toBe('Sent during the restore');
  });

  it('migrates a backup from an older schema after restoring it', async () => {
    const dbFile = scratch();
    const dir = path.dirname(dbFile);
    // An older build: every migration but the last.
    const oldMigrations = path.join(dir, 'old-migrations');
    cpSync(MIGRATIONS_DIR, oldMigrations, { recursive: true });
    const journalFile = path.join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    journal.entries.pop();
    writeFileSync(journalFile, JSON.stringify(journal));
    const oldFile = path.join(dir, 'old', 'trajectory.sqlite');
    mkdirSync(path.dirname(oldFile));
    const old = await openStore(oldFile, { migrationsDir: oldMigrations });
    old.sqlite.exec("INSERT INTO goals (kind, title, due_date, note, created_at) VALUES ('custom', 'From the old version', '2027-01-01', '', '2026-01-01T00:00:00Z')");
    const oldBackup = await takeBackup(old.sqlite, oldFile, 'manual', SHIPPED - 1, new Date('2026-02-01T00:00:00Z'));
    old.close();

    const core = await coreAt(dbFile);
    await call(core, 'profile.save', VALID_PROFILE);
    mkdirSync(backupsDir(dbFile), { recursive: true });
    copyFileSync(oldBackup, path.join(backupsDir(dbFile), path.basename(oldBackup)));

    const result = await call<RestoreResult>(core, 'backups.restore', { fileName: path.basename(oldBackup) });

    expect(result.migrationsApplied).toBe(1);
    expect(result.restored.schemaVersion).toBe(SHIPPED - 1);
    expect(core.store.sqlite.pragma('user_version', { simple: true })).toBe(SHIPPED);
    expect((await call<Array<{ title: string }>>(core, 'goals.list')).map((g) => g.title)).toEqual(['From the old version']);
    expect(await call(core, 'profile.get')).toBeNull();
    // The bundled data is there as on any start: the catalog and the pay data answer.
    expect((await call<unknown[]>(core, 'skills.list')).length).toBeGreaterThan(100);
    expect(core.store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  describe('refuses, changing nothing and taking no backup,', () => {
    async function refusal(prepare: (backupFile: string, core: Core) => void | Promise<void>) {
      const dbFile = scratch();
      const core = await coreAt(dbFile);
      await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Keep me' });
      const taken = await call<BackupInfo>(core, 'backups.create');
      const file = path.join(backupsDir(dbFile), taken.fileName);
      await prepare(file, core);
      await call(core, 'profile.save', { ...VALID_PROFILE, name: 'Current' });
      const before = contentsChecksum(core.store.sqlite);
      const backupsBefore = readdirSync(backupsDir(dbFile)).sort();
      const result = await core.router.dispatch('backups.restore', { fileName: taken.fileName });
      expect(contentsChecksum(core.store.sqlite)).toBe(before);
      expect(readdirSync(backupsDir(dbFile)).sort()).toEqual(backupsBefore);
      expect(await profileName(core)).toBe('Current');
      if (result.ok) throw new Error('the restore was not refused');
      return result.error;
    }

    it('a damaged backup, quoting quick_check', async () => {
      const error = await refusal((file) => {
        // Garbage over pages in the middle of the file (the catalog and pay data tables).
        const size = statSync(file).size;
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.alloc(64 * 1024, 0xa5), 0, 64 * 1024, Math.floor(size / 2 / 4096) * 4096);
        closeSync(fd);
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/^The backup “trajectory-manual-.*” is damaged \(quick_check: .+\); nothing was changed\.$/);
    });

    it('a database of another application', async () => {
      const error = await refusal((file) => {
        writeFileSync(file, '');
        const foreign = new Database(file);
        foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'hello\')');
        foreign.pragma('user_version = 3');
        foreign.close();
      });
      expect(error.message).toMatch(/is not a Trajectory database; nothing was changed/);
    });

    it('a file that is not a database at all', async () => {
      const error = await refusal((file) => writeFileSync(file, 'just text '.repeat(1000)));
      expect(error.message).toMatch(/cannot be read as a database|is damaged/);
    });

    it('a backup from a newer version', async () => {
      const error = await refusal((file) => {
        const newer = new Database(file);
        newer.pragma(`user_version = ${SHIPPED + 1}`);
        newer.close();
      });
      expect(error.message).toMatch(new RegExp(`written by a newer version of Trajectory \\(schema ${SHIPPED + 1}; this version knows schema ${SHIPPED}\\); nothing was changed`));
    });
  });

  it('refuses a name that is not a backup, or a backup no longer there, without touching anything', async () => {
    const dbFile = scratch();
    const core = await coreAt(dbFile);
    await call(core, 'profile.save', VALID_PROFILE);
    const before = contentsChecksum(core.store.sqlite);
    for (const fileName of ['../trajectory.sqlite', 'trajectory.sqlite', `../backups/${backupFileName('manual', SHIPPED, new Date())}`]) {
      expect(await core.router.dispatch('backups.restore', { fileName })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await core.router.dispatch('backups.restore', { fileName: backupFileName('manual', SHIPPED, new Date()) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(contentsChecksum(core.store.sqlite)).toBe(before);
    expect(existsSync(backupsDir(dbFile))).toBe(false);
  });
});

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '@shared/domain/recovery';
import { backupFileName, backupsDir, listBackups } from '../../../electron/core/db/backup-files';
import { shippedSchemaVersion } from '../../../electron/core/db/migrate';
import { startCore, type StartedCore } from '../../../electron/core/start';
import { garbleMiddlePage } from '../../support/damage';
import { sha256, snapshotDir } from '../../support/file-snapshot';
import { MIGRATIONS_DIR, RESOURCES_DIR, VALID_PROFILE, openTempCore, tempDir } from '../../support/temp-core';

const KNOWN = shippedSchemaVersion(MIGRATIONS_DIR);
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  return { dir: t.dir, file: path.join(t.dir, 'trajectory.sqlite') };
}

async function start(file: string): Promise<StartedCore & { seen: string[] }> {
  const seen: string[] = [];
  const core = await startCore({ dbFile: file, resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test' });
  core.events.subscribe((event, payload) => seen.push(event === 'recoveryChanged' ? `recoveryChanged:${(payload as { state: string }).state}` : event));
  cleanups.unshift(() => core.close());
  return Object.assign(core, { seen });
}

async function call(core: StartedCore, method: string, input?: unknown) {
  return core.router.dispatch(method, input);
}

/** A Trajectory database with a saved profile, written where `file` says. */
async function databaseWithProfile(file: string, salary = 150000): Promise<void> {
  const core = await openTempCore(file);
  const saved = await core.router.dispatch('profile.save', { ...VALID_PROFILE, currentSalary: salary });
  expect(saved.ok).toBe(true);
  core.close();
}

/** Puts a copy of `source` in the backups folder under a backup's name. */
function placeBackup(dbFile: string, source: string, schemaVersion = KNOWN): string {
  mkdirSync(backupsDir(dbFile), { recursive: true });
  const name = backupFileName('daily', schemaVersion, new Date('2026-11-28T09:00:00Z'));
  copyFileSync(source, path.join(backupsDir(dbFile), name));
  return name;
}

describe('startCore: a file that cannot be used', () => {
  it('a zero-byte file: recovery state, every other call refused, the file untouched; a backup restores the data', async () => {
    const { dir, file } = scratch();
    const elsewhere = scratch();
    await databaseWithProfile(elsewhere.file, 123456);
    const backupName = placeBackup(file, elsewhere.file);
    writeFileSync(file, '');
    const before = snapshotDir(dir);

    const core = await start(file);
    const status = core.status();
    expect(status).toMatchObject({ state: 'recovery', file, problem: { kind: 'empty' }, canRestoreBackup: true, canStartFresh: true });
    expect(status.message).toMatch(/lost/);
    expect(status.backups.map((b) => [b.fileName, b.compatible])).toEqual([[backupName, true]]);
    expect(await call(core, 'recovery.status')).toEqual({ ok: true, value: status });
    expect(await call(core, 'app.info')).toEqual({ ok: true, value: { version: '0.0.0-test', host: 'test', schemaVersion: KNOWN } });
    const refused = await call(core, 'profile.get');
    expect(refused).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: status.message } });
    expect(await call(core, 'profile.save', VALID_PROFILE)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await call(core, 'no.such')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(snapshotDir(dir)).toEqual(before);

    const restored = await call(core, 'recovery.restoreBackup', { fileName: backupName });
    expect(restored.ok).toBe(true);
    const movedTo = (restored as { value: { movedTo: string[] } }).value.movedTo;
    expect(movedTo).toHaveLength(1);
    expect(path.basename(movedTo[0] ?? '')).toMatch(/^trajectory\.sqlite\.empty-\d{8}-\d{6}Z$/);
    expect(statSync(movedTo[0] ?? '').size).toBe(0);
    expect(core.seen).toEqual(expect.arrayContaining(['recoveryChanged:checking', 'dataChanged']));
    expect(await call(core, 'profile.get')).toMatchObject({ ok: true, value: { currentSalary: 123456 } });
    await core.checked();
    expect(core.status().state).toBe('ready');
    expect(existsSync(path.join(backupsDir(file), backupName))).toBe(true);
  });

  it("another app's database: refused untouched; start fresh moves it aside unchanged and opens a new database", async () => {
    const { dir, file } = scratch();
    const foreign = new Database(file);
    foreign.pragma('journal_mode = WAL');
    foreign.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    foreign.close();
    const hash = sha256(file);
    const before = snapshotDir(dir);

    const core = await start(file);
    expect(core.status()).toMatchObject({ state: 'recovery', problem: { kind: 'foreign' }, canRestoreBackup: false });
    expect(snapshotDir(dir)).toEqual(before);
    expect(await call(core, 'recovery.restoreBackup', { fileName: 'trajectory-daily-20260101-000000-000-schema1.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(snapshotDir(dir)).toEqual(before);

    const fresh = await call(core, 'recovery.startFresh');
    expect(fresh.ok).toBe(true);
    const [moved] = (fresh as { value: { movedTo: string[] } }).value.movedTo;
    expect(path.basename(moved ?? '')).toMatch(/^trajectory\.sqlite\.other-app-/);
    expect(sha256(moved ?? '')).toBe(hash);
    expect(await call(core, 'profile.save', VALID_PROFILE)).toMatchObject({ ok: true });
    expect(await call(core, 'recovery.startFresh')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a newer-version file: only compatible backups can be restored, and the file gets no -wal or -shm', async () => {
    const { dir, file } = scratch();
    const future = new Database(file);
    future.pragma('journal_mode = WAL');
    future.exec('CREATE TABLE x (y)');
    future.pragma(`user_version = ${KNOWN + 1}`);
    future.close();
    const newer = placeBackup(file, file, KNOWN + 1);
    const before = snapshotDir(dir);
    const core = await start(file);
    expect(core.status()).toMatchObject({ state: 'recovery', problem: { kind: 'newer', fileVersion: KNOWN + 1, knownVersion: KNOWN }, canRestoreBackup: false });
    expect(core.status().backups).toEqual([expect.objectContaining({ fileName: newer, compatible: false })]);
    expect(await call(core, 'recovery.restoreBackup', { fileName: newer })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('a working database: ready, and the recovery actions are refused', async () => {
    const { file } = scratch();
    const core = await start(file);
    await core.checked();
    expect(core.status()).toMatchObject({ state: 'ready', problem: null });
    expect(await call(core, 'recovery.startFresh')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('.sqlite.'))).toEqual([]);
  });
});

describe('startCore: the start-up check on a file with garbage in a middle page', () => {
  it('answers reads at once, holds writes for the check, then refuses them and tells the renderer; the file is not written', async () => {
    const { file } = scratch();
    await databaseWithProfile(file, 99000);
    garbleMiddlePage(file);
    const hash = sha256(file);

    const core = await start(file);
    // First paint: the core answers before the check has reported.
    expect(core.status().state).toBe('checking');
    expect(await call(core, 'goals.list')).toEqual({ ok: true, value: [] });
    // A read that lands on the garbage says so, instead of an unexplained INTERNAL error.
    // (listing the occupations scans the bundled bands, which fill the middle of the file.)
    expect(await call(core, 'salary.listOccupations')).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/damaged/) } });
    const write = call(core, 'profile.save', { ...VALID_PROFILE, currentSalary: 1 });
    const job = call(core, 'salary.importCsv', {});

    await core.checked();
    const status: RecoveryStatus = core.status();
    expect(status).toMatchObject({ state: 'recovery', problem: { kind: 'damaged' }, title: 'The database file is damaged' });
    expect(core.seen).toContain('recoveryChanged:recovery');
    const refused = await write;
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(refused)).toMatch(/damaged/);
    expect(await job).toMatchObject({ ok: false });
    expect(await call(core, 'goals.create', { kind: 'custom', title: 'x' })).toMatchObject({ ok: false });
    // The day's backup waits for the check: a damaged file never becomes one of the ten daily copies kept.
    expect(await core.current()?.dailyBackup).toBeNull();
    expect(listBackups(file).filter((b) => b.kind === 'daily')).toEqual([]);
    await core.current()?.jobs.close();
    core.close();
    expect(sha256(file)).toBe(hash);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

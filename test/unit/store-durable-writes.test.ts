import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openConnection } from '../../electron/core/db/open';
import { WalSync } from '../../electron/core/db/wal-sync';
import { VALID_PROFILE, openTempCore, tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A sync the test finishes when it chooses: it records every file asked for. */
function heldSync() {
  const asked: string[] = [];
  const waiting: Array<() => void> = [];
  const syncFile = (file: string) =>
    new Promise<void>((resolve) => {
      asked.push(file);
      waiting.push(resolve);
    });
  return { asked, syncFile, releaseAll: () => waiting.splice(0).forEach((r) => r()) };
}

describe('a write made on the main connection', () => {
  it('commits without fsync on the main thread, and is answered only once the WAL has been flushed', async () => {
    const held = heldSync();
    const core = await openTempCore(undefined, { syncFile: held.syncFile });
    cleanups.push(() => core.dispose());
    // The main connection: NORMAL (1); every other connection keeps FULL (2).
    expect(core.store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    const other = openConnection(core.dbFile);
    cleanups.push(() => other.close());
    expect(other.pragma('synchronous', { simple: true })).toBe(2);

    let answered = false;
    const saving = core.router.dispatch('profile.save', VALID_PROFILE).then((r) => {
      answered = true;
      return r;
    });
    await vi.waitFor(() => expect(held.asked).toEqual([`${core.dbFile}-wal`]));
    // Committed (another connection reads it) but not answered: the flush is still running.
    expect(other.prepare('SELECT current_salary AS salary FROM profile').get()).toEqual({ salary: 150000 });
    await Promise.resolve();
    expect(answered).toBe(false);

    held.releaseAll();
    const result = await saving;
    expect(result.ok).toBe(true);
    expect(answered).toBe(true);
  });

  it('is reported as saved, with the disk’s error, when the flush fails: the screens reload and the change is kept', async () => {
    const reported: string[] = [];
    const core = await openTempCore(undefined, {
      syncFile: () => Promise.reject(new Error('EIO: i/o error, fsync')),
      onUnexpectedError: (where) => reported.push(where),
    });
    cleanups.push(() => core.dispose());
    const changed: unknown[] = [];
    core.events.subscribe((name, payload) => changed.push({ name, payload }));

    const result = await core.router.dispatch('profile.save', VALID_PROFILE);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^Saved, but the disk reported an error .*\(EIO: i\/o error, fsync\)/);
    expect(changed).toEqual([{ name: 'dataChanged', payload: { domains: expect.arrayContaining(['profile']) } }]);
    expect(reported).toEqual(['flushing profile.save']);
    const profile = await core.router.dispatch('profile.get', undefined);
    expect(profile.ok && profile.value).toMatchObject({ currentSalary: VALID_PROFILE.currentSalary });
  });

  it('is not flushed when it fails: nothing was committed', async () => {
    const held = heldSync();
    const core = await openTempCore(undefined, { syncFile: held.syncFile });
    cleanups.push(() => core.dispose());
    const result = await core.router.dispatch('progress.logStudy', { skillId: 'no-such-skill', date: '2026-01-05', minutes: 30 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(held.asked).toEqual([]);
  });
});

describe('WalSync', () => {
  it('lets writes that come while a flush runs share the one flush after it', async () => {
    const held = heldSync();
    const sync = new WalSync('/data/app.sqlite', held.syncFile);
    const first = sync.durable();
    const second = sync.durable();
    const third = sync.durable();
    expect(second).toBe(third);
    expect(held.asked).toHaveLength(1);

    held.releaseAll();
    await first;
    await vi.waitFor(() => expect(held.asked).toHaveLength(2));
    held.releaseAll();
    await Promise.all([second, third]);
    expect(held.asked).toEqual(['/data/app.sqlite-wal', '/data/app.sqlite-wal']);
    // Idle again: the next write starts its own flush at once.
    const fourth = sync.durable();
    expect(held.asked).toHaveLength(3);
    held.releaseAll();
    await fourth;
  });

  it('flushes a real WAL file, and says so when there is none to flush', async () => {
    const t = tempDir();
    cleanups.push(() => t.remove());
    const file = path.join(t.dir, 'db.sqlite');
    const sqlite = new Database(file);
    cleanups.push(() => sqlite.close());
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    expect(existsSync(`${file}-wal`)).toBe(true);
    await expect(new WalSync(file).durable()).resolves.toBeUndefined();
    await expect(new WalSync(path.join(t.dir, 'missing.sqlite')).durable()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

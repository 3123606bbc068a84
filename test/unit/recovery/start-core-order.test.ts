import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCore, type StartedCore } from '../../../electron/core/start';
import { RESOURCES_DIR, openTempCore, tempDir } from '../../support/temp-core';

// Counts the worker threads the core starts, and still starts them.
const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../electron/core/jobs/spawn', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/core/jobs/spawn')>();
  return {
    startCoreWorker: (...args: Parameters<typeof real.startCoreWorker>) => {
      spawned.count++;
      return real.startCoreWorker(...args);
    },
  };
});

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A migrated and seeded database, closed, as a second start finds it. */
async function existingDatabase(): Promise<string> {
  const t = tempDir();
  cleanups.push(t.remove);
  const file = path.join(t.dir, 'trajectory.sqlite');
  (await openTempCore(file)).close();
  return file;
}

async function start(file: string, errors: unknown[] = []): Promise<StartedCore> {
  const core = await startCore({ dbFile: file, resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test', onUnexpectedError: (_p, e) => errors.push(e) });
  cleanups.unshift(async () => {
    await core.current()?.jobs.close();
    core.close();
  });
  return core;
}

describe('startCore on an existing database', () => {
  it('hands over a working router before the start-up check starts its worker, then runs the check', async () => {
    const file = await existingDatabase();
    spawned.count = 0;
    const core = await start(file);
    // Starting a worker thread costs the main thread milliseconds: not before the host has the router.
    expect(spawned.count).toBe(0);
    expect(core.status().state).toBe('checking');
    expect(await core.router.dispatch('goals.list', undefined)).toEqual({ ok: true, value: [] });
    await core.checked();
    expect(spawned.count).toBe(1);
    expect(core.status().state).toBe('ready');
  });

  it('writes nothing when nothing is due: no migration, no seed, no purge', async () => {
    const file = await existingDatabase();
    const core = await start(file);
    const sqlite = core.current()?.store.sqlite;
    expect(sqlite?.prepare('SELECT total_changes()').pluck().get()).toBe(0);
    expect(core.current()?.store.backupPath).toBeNull();
  });

  it('does not check a core closed before its check began, and reports nothing', async () => {
    const file = await existingDatabase();
    spawned.count = 0;
    const errors: unknown[] = [];
    const core = await start(file, errors);
    core.close();
    await core.checked();
    expect(spawned.count).toBe(0);
    expect(errors).toEqual([]);
  });
});

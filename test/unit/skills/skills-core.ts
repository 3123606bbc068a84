import path from 'node:path';
import { createCore } from '../../../electron/core';
import { RESOURCES_DIR, tempDir, testCoreWorker } from '../../support/temp-core';

/** "Today" in these tests: a Wednesday, so a week holds days before and after it. */
export const TODAY = '2026-03-11';

/** A real core on a temp SQLite file whose clock can be moved. */
export async function openSkillsCore(dir = tempDir()) {
  let now = new Date(`${TODAY}T12:00:00`);
  const dbFile = path.join(dir.dir, 'trajectory.sqlite');
  const core = await createCore({ dbFile, resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test', clock: () => now, workerScript: testCoreWorker() });
  const call = async <T = unknown>(method: string, input?: unknown): Promise<T> => {
    const result = await core.router.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const count = (table: string) => (core.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    core,
    dir,
    dbFile,
    call,
    count,
    setToday(date: string) {
      now = new Date(`${date}T12:00:00`);
    },
    dispose() {
      core.close();
      dir.remove();
    },
  };
}

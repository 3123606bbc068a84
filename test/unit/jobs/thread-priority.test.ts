import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../electron/core/jobs/job-runner';
import { BACKGROUND_NICENESS, lowerThisThreadPriority } from '../../../electron/core/jobs/thread-priority';
import { WriterGate } from '../../../electron/core/jobs/writer-gate';
import { openTempCore } from '../../support/temp-core';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Every thread of this process with its nice value (Linux: field 19 of /proc/<pid>/task/<tid>/stat). */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(path.join('/proc/self/task', tid, 'stat'), 'utf8');
    // The name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === 'linux')('the writer worker on Linux', () => {
  it('runs at a lower priority than the main thread; the reader worker and the main thread keep theirs', async () => {
    const core = await openTempCore();
    const before = niceByThread();
    const jobs = new JobRunner({ dbFile: core.dbFile, gate: new WriterGate() });
    cleanups.push(() => jobs.close(), () => core.dispose());
    await jobs.warm();
    const started = [...niceByThread()].filter(([tid]) => !before.has(tid));
    const lowered = started.filter(([, nice]) => nice === BACKGROUND_NICENESS);
    // Node starts helper threads of its own with each worker; exactly one new thread is lowered.
    expect(lowered).toHaveLength(1);
    expect(niceByThread().get(process.pid)).toBe(before.get(process.pid));
    expect(before.get(process.pid)).not.toBe(BACKGROUND_NICENESS);
  });
});

describe('lowering a thread’s priority', () => {
  it('is left alone where it would lower the whole app', () => {
    expect(lowerThisThreadPriority('darwin')).toBe(false);
    expect(lowerThisThreadPriority('win32')).toBe(false);
  });
});

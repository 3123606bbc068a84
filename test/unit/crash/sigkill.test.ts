import { describe, expect, it } from 'vitest';
import { formatReport, runCrashTrials } from '../../crash/harness';
import type { OperationName } from '../../crash/operations';

// A child process doing one real operation is SIGKILLed at seeded random moments; each time the
// folder must pass integrity_check and foreign_key_check and hold exactly the state before or
// after the operation (see test/crash/). `npm run crash:big` does the same with a 100k-row import
// and more kills. CRASH_SEED picks other kill moments.
const SEED = Number(process.env.CRASH_SEED ?? 20261129);

function crashTest(operation: OperationName, size: number, trials: number) {
  it(`${operation}: killed at ${trials} random moments, the database is intact and before or after, never between`, async () => {
    const report = await runCrashTrials(operation, { size, trials, seed: SEED });
    const summary = formatReport(report);
    console.log(summary);
    expect(report.trials.filter((t) => t.matched === null || t.recovered === null), summary).toEqual([]);
    // At least one kill must provably have cut the operation itself, or the test proved nothing.
    expect(report.trials.filter((t) => t.cutMidway).length, summary).toBeGreaterThan(0);
  }, 240_000);
}

// Concurrent: each test mostly waits on its children, and vitest gives this file one worker.
describe.concurrent('SIGKILL during an operation', () => {
  crashTest('salary-import', 5_000, 4);
  crashTest('migration', 5_000, 4);
  crashTest('backup', 20_000, 4);
  crashTest('json-import', 5_000, 4);
});

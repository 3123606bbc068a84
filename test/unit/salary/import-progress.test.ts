import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '@shared/domain/salary-import';
import { rowValidator } from '@shared/domain/salary-import-rows';
import type { Result } from '@shared/ipc/result';
import type { JobRunner } from '../../../electron/core/jobs/job-runner';
import { WriterGate } from '../../../electron/core/jobs/writer-gate';
import { openImportConnection } from '../../../electron/core/services/salary-import/connection';
import type { JobProgress } from '../../../electron/core/services/salary-import/progress';
import { ImportRunner } from '../../../electron/core/services/salary-import/run';
import { StagingTable, moveSortedRows, type MoveOptions } from '../../../electron/core/services/salary-import/staging';
import { GENERATED_HEADER, GENERATED_MAPPING, generatedRow, writeSalaryCsv } from '../../support/salary-csv';
import { openTempCore, tempDir } from '../../support/temp-core';

// The import reports from every step, the sort included (it is one SQLite statement, which
// reports on itself through a function and a trigger), and the main thread fills any silence.
let core: Awaited<ReturnType<typeof openTempCore>>;
const temp = tempDir('trajectory-import-progress-');

beforeAll(async () => {
  core = await openTempCore(path.join(temp.dir, 'trajectory.sqlite'));
});
afterAll(() => {
  core.dispose();
  temp.remove();
});

/** A connection like the worker's, with `rows` generated rows staged and a dataset to move them to. */
function staged(rows: number): { conn: ReturnType<typeof openImportConnection>; datasetId: number } {
  const conn = openImportConnection(core.dbFile);
  const datasetId = conn
    .prepare(
      "INSERT INTO salary_datasets (key, status, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES (?, 'importing', 'x', '', '', '', 1, 0, 'user', '', '') RETURNING id",
    )
    .pluck()
    .get(`user-test-${rows}-${Date.now()}`) as number;
  const check = rowValidator({ header: GENERATED_HEADER, mapping: GENERATED_MAPPING, defaultCurrency: 'USD' });
  const staging = new StagingTable(conn);
  for (let i = 1; i <= rows; i++) {
    const r = check(generatedRow(i).map((c) => c.replace(/^"|"$/g, '')), i + 1);
    if (Array.isArray(r)) throw new Error('generated row invalid');
    staging.write(r);
  }
  staging.commit();
  return { conn, datasetId };
}

/** The move's options as the import sets them (5,000 rows a step, 250 ms transactions), with no one listening unless `overrides` says so. */
const moveOptions = (conn: MoveOptions['conn'], datasetId: number, overrides: Partial<MoveOptions> = {}): MoveOptions => ({
  conn,
  gate: new WriterGate(),
  datasetId,
  rowsPerStep: 5_000,
  transactionMs: 250,
  cancelled: () => false,
  onSortProgress: () => undefined,
  onProgress: () => undefined,
  ...overrides,
});

const recordsOf = (datasetId: number) => core.store.sqlite.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(datasetId) as number;

describe('the sort reports its progress', () => {
  it('as rows are fed to it, then once it has finished', () => {
    const rows = 20_000;
    const { conn, datasetId } = staged(rows);
    const seen: Array<[number, number]> = [];
    const moved = moveSortedRows(moveOptions(conn, datasetId, { onSortProgress: (done, total) => seen.push([done, total]) }));
    conn.close();
    expect(moved).toBe(true);
    expect(recordsOf(datasetId)).toBe(rows);
    // One report per 4,096 rows fed (the first half of the step), then the end.
    expect(seen.length).toBe(Math.floor(rows / 4096) + 1);
    expect(seen.every(([, total]) => total === 2 * rows)).toBe(true);
    expect(seen.at(-2)).toEqual([4096 * Math.floor(rows / 4096), 2 * rows]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([2 * rows, 2 * rows]);
  });

  it('stops the sort part way when the import is cancelled, and moves nothing', () => {
    const { conn, datasetId } = staged(20_000);
    let reports = 0;
    const moved = moveSortedRows(
      moveOptions(conn, datasetId, {
        cancelled: () => reports > 0,
        onSortProgress: () => {
          reports += 1;
        },
      }),
    );
    expect(moved).toBe(false);
    expect(reports).toBe(1); // the sort stopped at its next look at the cancel flag
    expect(conn.inTransaction).toBe(false);
    conn.close();
    expect(recordsOf(datasetId)).toBe(0);
  });
});

describe('appending the sorted rows', () => {
  const append = (gate: WriterGate, transactionMs: number) => {
    const { conn, datasetId } = staged(20_000);
    // Rows another connection sees at each step: what earlier transactions committed.
    const visible: number[] = [];
    const moved = moveSortedRows(moveOptions(conn, datasetId, { gate, transactionMs, onProgress: () => visible.push(recordsOf(datasetId)) }));
    conn.close();
    expect(moved).toBe(true);
    expect(recordsOf(datasetId)).toBe(20_000);
    return visible;
  };

  it('puts many steps in one transaction (one commit, one fsync) while nobody waits', () => {
    expect(append(new WriterGate(), 60_000)).toEqual([0, 0, 0, 0]);
  });

  it('commits after the current step when a main-thread write is waiting', () => {
    // A main-thread write keeps waiting (its stepping aside is not what is tested here).
    const waiting = { waiting: 1, yieldToMain: () => undefined } as unknown as WriterGate;
    expect(append(waiting, 60_000)).toEqual([0, 5_000, 10_000, 15_000]);
  });
});

describe('import progress', () => {
  it('goes through reading, sorting and saving in order, each step counting up to its end', { timeout: 120_000 }, async () => {
    const file = path.join(temp.dir, 'steps.csv');
    await writeSalaryCsv(file, 5_000);
    const seen: ImportProgress[] = [];
    const unsubscribe = core.events.subscribe((event, payload) => {
      if (event === 'importProgress') seen.push(payload as ImportProgress);
    });
    const { token } = await core.files.register(file, 'steps.csv', false);
    const result = (await core.router.dispatch('salary.importCsv', { token, name: 'steps', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING })) as Result<unknown>;
    unsubscribe();
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const steps = seen.map((p) => p.phase).filter((phase, i, all) => i === 0 || all[i - 1] !== phase);
    expect(steps).toEqual(['importing', 'sorting', 'committing', 'done']);
    for (const p of seen) expect(p.phaseDone).toBeLessThanOrEqual(p.phaseTotal);
    expect(seen.find((p) => p.phase === 'sorting')?.phaseTotal).toBe(2 * 5_000);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', rows: 5_000, phaseDone: 5_000, phaseTotal: 5_000 });
    // The clock only goes forward.
    expect(seen.map((p) => p.seconds)).toEqual([...seen.map((p) => p.seconds)].sort((a, b) => a - b));
  });

  it('repeats the last progress, its time brought up to date, while the worker is silent', { timeout: 60_000 }, async () => {
    const file = path.join(temp.dir, 'silent.csv');
    await writeSalaryCsv(file, 10);
    const { token } = await core.files.register(file, 'silent.csv', false);
    const first: JobProgress = { phase: 'sorting', rows: 10, bytesRead: 1, totalBytes: 1, rowsPerSecond: 10, phaseDone: 4, phaseTotal: 20, seconds: 1 };
    const seen: ImportProgress[] = [];
    // A worker that reports once and then stays silent until the main thread has spoken for it.
    const jobs = {
      write: (_job: unknown, onProgress: (p: JobProgress) => void) =>
        new Promise((resolve) => {
          const unsubscribe = core.events.subscribe((event, payload) => {
            if (event !== 'importProgress') return;
            seen.push(payload as ImportProgress);
            if (seen.length < 2) return;
            unsubscribe();
            resolve({ datasetKey: 'user-silent', rowCount: 10 });
          });
          onProgress(first);
        }),
    } as unknown as JobRunner;
    const runner = new ImportRunner({ db: core.store.db, inbox: core.files, events: core.events, jobs });
    await runner.run({ token, name: 'silent', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING, allowDuplicate: false, note: '', defaultCurrency: 'USD' });
    expect(seen[0]).toMatchObject(first);
    expect(seen[1]).toMatchObject({ ...first, seconds: expect.any(Number) as number });
    expect(seen[1]?.seconds).toBeGreaterThan(first.seconds);
  });
});

// npm run bench: the salary import and percentile budgets of issue 3, printed as ratios measured
// in this one run (no absolute times asserted anywhere). Works in a temp folder, never the repo.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { openImportConnection } from '../../electron/core/services/salary-import/connection';
import { INSERT_RECORD } from '../../electron/core/services/salary-import/import-job';
import { datasetBand, datasetPercentiles } from '../../electron/core/services/salary-percentiles';
import { rowValidator, type SalaryRecordInput } from '@shared/domain/salary-import-rows';
import { GENERATED_HEADER, GENERATED_MAPPING, generatedRow, writeSalaryCsv } from '../support/salary-csv';
import { openTempCore, tempDir } from '../support/temp-core';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const temp = tempDir('trajectory-bench-');

const seconds = (start: number) => (performance.now() - start) / 1000;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The database file's size once the WAL has been written back into it. */
function databaseBytes(sqlite: { pragma(source: string): unknown }, file: string): number {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(file).size;
}

function timeMany(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Baseline: the same records, parsed and validated beforehand (not timed), inserted with a raw
 * prepared statement in one transaction into the same table of a fresh database, through a
 * connection set up like the import's, under a dataset id of the same form (the id is part of
 * every index key, so a shorter one would make the baseline's indexes smaller).
 */
async function rawInsertSeconds(file: string): Promise<number> {
  const fresh = await openTempCore(file);
  const rawId = fresh.store.sqlite
    .prepare("INSERT INTO salary_datasets (key, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES (?, 'raw', '', '', '', 1, 0, 'user', '', '') RETURNING id")
    .pluck()
    .get(`user-${randomUUID()}`) as number;
  fresh.close();
  const check = rowValidator({ header: GENERATED_HEADER, mapping: GENERATED_MAPPING, defaultCurrency: 'USD' });
  const records: SalaryRecordInput[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const row = generatedRow(i).map((c) => c.replace(/^"|"$/g, ''));
    const r = check(row, i + 1);
    if (Array.isArray(r)) throw new Error('generated row invalid');
    records.push(r);
  }
  const raw = openImportConnection(file);
  const insert = raw.prepare(INSERT_RECORD);
  const start = performance.now();
  raw.transaction(() => {
    for (const r of records) {
      insert.run(rawId, r.rowNumber, r.title, r.level, r.area, r.year, r.base, r.bonus, r.equity, r.total, r.yearsExperience, r.date, r.currency, r.note);
    }
  })();
  const rawSeconds = seconds(start);
  raw.close();
  return rawSeconds;
}

async function main(): Promise<void> {
  console.log(`load average at start: ${load()}`);
  const csv = path.join(temp.dir, 'salaries.csv');
  let start = performance.now();
  await writeSalaryCsv(csv, ROWS);
  console.log(`generated ${ROWS.toLocaleString('en-US')} rows in ${seconds(start).toFixed(1)} s`);

  // P1 — end to end import (parse + validate + insert) through the router, between two baseline
  // runs: other work on the machine comes and goes, and the ratio is taken against the faster
  // baseline, so a slow baseline run cannot flatter the import.
  const rawBefore = await rawInsertSeconds(path.join(temp.dir, 'raw-before.sqlite'));
  const core = await openTempCore(path.join(temp.dir, 'import.sqlite'));
  const { token } = await core.files.register(csv, 'salaries.csv', false);
  await core.router.dispatch('salary.previewImport', { token }); // hashes the file, as the UI does first
  await core.jobs.warm();
  const sizeBefore = databaseBytes(core.store.sqlite, core.dbFile);

  // P10 — the main thread during the import: its event loop's longest stall, and how long a write
  // made half-way through waits (it must not wait for the import).
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  let writeMs: number | null = null;
  let midWrite: Promise<void> | null = null;
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event !== 'importProgress' || midWrite) return;
    const p = payload as { phase: string; bytesRead: number; totalBytes: number };
    if (p.phase !== 'importing' || p.bytesRead < p.totalBytes / 2) return;
    midWrite = (async () => {
      const t = performance.now();
      const logged = await core.router.dispatch('progress.logStudy', { skillId: 'postgresql', date: '2026-01-05', minutes: 30 });
      writeMs = performance.now() - t;
      if (!logged.ok) throw new Error(`write during the import failed: ${logged.error.message}`);
    })();
  });
  stalls.enable();
  start = performance.now();
  const result = await core.router.dispatch('salary.importCsv', { token, name: 'bench', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING });
  const importSeconds = seconds(start);
  stalls.disable();
  unsubscribe();
  await midWrite;
  const longestStallMs = stalls.max / 1e6;
  const bytesPer200k = ((databaseBytes(core.store.sqlite, core.dbFile) - sizeBefore) / ROWS) * 200_000;
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  const datasetKey = (result.value as { datasetId: string }).datasetId;
  const rawAfter = await rawInsertSeconds(path.join(temp.dir, 'raw-after.sqlite'));
  const rawSeconds = Math.min(rawBefore, rawAfter);

  // P2 — percentiles of one group over the 1M records, against one indexed lookup.
  const sqlite = core.store.sqlite;
  const datasetId = sqlite.prepare('SELECT id FROM salary_datasets WHERE key = ?').pluck().get(datasetKey) as number;
  const n = sqlite.prepare('SELECT COUNT(*) FROM salary_records WHERE dataset_id = ?').pluck().get(datasetId) as number;
  const lookup = sqlite.prepare('SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total LIMIT 1 OFFSET ?').pluck();
  const oneLookup = timeMany(7, () => lookup.get(datasetId, Math.floor(n / 2)));
  const fiveBand = timeMany(7, () => datasetBand(sqlite, datasetId, n));
  const wholeCall = timeMany(3, () => datasetPercentiles(sqlite, datasetKey, []));
  const byLevel = timeMany(3, () => datasetPercentiles(sqlite, datasetKey, ['level']));
  // P11 — grouped by area and level (the whole call, as the worker runs it) against one ordered
  // scan of the dataset's pay index.
  const scan = sqlite.prepare('SELECT total FROM salary_records WHERE dataset_id = ? ORDER BY total').pluck();
  const oneScan = timeMany(3, () => {
    for (const _ of scan.iterate(datasetId)) void _;
  });
  const byAreaLevel = timeMany(3, () => datasetPercentiles(sqlite, datasetKey, ['area', 'level']));
  core.close();

  console.log('');
  console.log(`P1 import end to end: ${importSeconds.toFixed(2)} s (${Math.round(ROWS / importSeconds).toLocaleString('en-US')} rows/s)`);
  console.log(`   raw prepared insert: ${rawBefore.toFixed(2)} s before, ${rawAfter.toFixed(2)} s after`);
  console.log(`   ratio ${(importSeconds / rawSeconds).toFixed(2)} to the faster one (budget ≤ 1.5)`);
  console.log(`P2 one indexed lookup (median, OFFSET n/2): ${oneLookup.toFixed(1)} ms`);
  console.log(`   p10…p90 of one ${n.toLocaleString('en-US')}-record group: ${fiveBand.toFixed(1)} ms, ratio ${(fiveBand / oneLookup).toFixed(2)} (budget ≤ 5)`);
  console.log(`   whole percentiles call incl. group counts: ${wholeCall.toFixed(1)} ms, ratio ${(wholeCall / oneLookup).toFixed(2)}`);
  console.log(`   grouped by level (5 groups): ${byLevel.toFixed(1)} ms`);
  console.log(`P10 longest main event-loop stall during the import: ${longestStallMs.toFixed(1)} ms (budget ≤ 50)`);
  console.log(`    a write made half-way through the import answered in ${writeMs === null ? 'n/a' : (writeMs as number).toFixed(1)} ms (budget ≤ 100)`);
  console.log(`P11 percentiles by area and level: ${byAreaLevel.toFixed(0)} ms; one ordered scan of the pay index: ${oneScan.toFixed(0)} ms; ratio ${(byAreaLevel / oneScan).toFixed(2)} (budget ≤ 2)`);
  console.log(`database growth per 200k imported rows: ${(bytesPer200k / 1e6).toFixed(1)} MB`);
  console.log(`load average at end: ${load()}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => temp.remove());

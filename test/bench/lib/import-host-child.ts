// The bench's import host: a process of its own, started by import-host.ts, that runs the core as
// a host does (startCore, the built worker when there is one) and imports one CSV through the
// router. Its RSS is the host's (main thread and its worker threads), not the bench's own (the
// earlier figures, the generated rows). It reports back over IPC and exits. import-host.ts
// bundles it first, as the app's main process is bundled, so it runs without tsx; it imports
// nothing that finds files from its own place (it is run from a bundle elsewhere).
import { statSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import path from 'node:path';
import type { ImportProgress } from '@shared/domain/salary-import';
import { startCore } from '../../../electron/core/start';
import { GENERATED_MAPPING } from '../../support/salary-csv';
import type { ImportHostReport, ImportHostRequest, Stall } from './import-host';

/** Stalls at least this long are listed with when they happened (P10's budget). */
const STALL_LISTED_MS = 50;
/** How often the main thread checks in: a tick that comes late by more than this is a stall. */
const TICK_MS = 5;

const request = JSON.parse(process.argv[2] ?? '') as ImportHostRequest;
/** Over IPC to the bench; run by hand (to profile or trace it), printed as JSON. */
const send = (message: ImportHostReport) =>
  new Promise<void>((resolve, reject) => {
    if (!process.send) {
      console.log(JSON.stringify(message, null, 2));
      return resolve();
    }
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });

/** The database file's size once the WAL has been written back into it. */
function databaseBytes(sqlite: { pragma(source: string): unknown }, file: string): number {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(file).size;
}

async function main(): Promise<ImportHostReport> {
  const started = await startCore({
    dbFile: request.dbFile,
    resourcesDir: request.resourcesDir,
    host: 'web',
    version: '0.0.0-bench',
    workerScript: request.workerScript ?? undefined,
  });
  await started.checked(); // the start-up check, which holds writes
  const core = started.current();
  if (!core) throw new Error(`the core did not open: ${JSON.stringify(started.status().problem)}`);
  await core.dailyBackup;
  const { token } = await core.files.register(request.csv, path.basename(request.csv), false);
  const preview = await core.router.dispatch('salary.previewImport', { token }); // hashes the file, as the UI does first
  if (!preview.ok) throw new Error(`preview failed: ${preview.error.message}`);
  await core.jobs.warm();
  const sizeBefore = databaseBytes(core.store.sqlite, request.dbFile);

  // P10 and the figures beside it: the main thread's longest stall (and when each long one
  // happened, against the last progress event), how long a write made half-way through waits,
  // progress events, and the process's RSS (the worker threads' included).
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const stalls: Stall[] = [];
  const phases: Record<string, { first: number; last: number; events: number }> = {};
  /** The last progress event: when (ms after the import began) and its phase. */
  const lastEvent = { at: 0, phase: 'none' };
  let longestSilenceMs = 0;
  /** The last time the progress moved (its step or how far the step is changed), and the longest time it stood still. */
  const lastMove = { at: 0, key: '' };
  let longestStillMs = 0;
  let writeMs: number | null = null;
  let midWrite: Promise<void> | null = null;
  let progressEvents = 0;
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  /** The peak RSS seen after each progress phase began: which step holds the memory. */
  const peakRssByPhase: Record<string, number> = {};
  let start = 0;
  const since = () => performance.now() - start;
  let lastTick = performance.now();
  let lastElu = performance.eventLoopUtilization();
  let longestBusyMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    const late = now - lastTick - TICK_MS;
    lastTick = now;
    // The loop's active time over the late tick: JavaScript or a synchronous call held the main
    // thread; the rest of the wait the thread was idle, not given a core by a busy machine.
    const elu = performance.eventLoopUtilization(lastElu);
    lastElu = performance.eventLoopUtilization();
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    peakRssByPhase[lastEvent.phase] = Math.max(peakRssByPhase[lastEvent.phase] ?? 0, rss);
    longestBusyMs = Math.max(longestBusyMs, elu.active);
    if (late >= STALL_LISTED_MS) stalls.push({ atMs: since() - late, ms: late, busyMs: elu.active, afterPhase: lastEvent.phase });
  }, TICK_MS);
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event !== 'importProgress') return;
    const p = payload as ImportProgress;
    const at = since();
    progressEvents++;
    longestSilenceMs = Math.max(longestSilenceMs, at - lastEvent.at);
    const key = `${p.phase}:${p.phaseDone}`;
    if (key !== lastMove.key) {
      longestStillMs = Math.max(longestStillMs, at - lastMove.at);
      lastMove.at = at;
      lastMove.key = key;
    }
    lastEvent.at = at;
    lastEvent.phase = p.phase;
    const phase = (phases[p.phase] ??= { first: at, last: at, events: 0 });
    phase.events++;
    phase.last = at;
    if (midWrite || p.phase !== 'importing' || p.bytesRead < p.totalBytes / 2) return;
    midWrite = (async () => {
      const t = performance.now();
      const logged = await core.router.dispatch('progress.logStudy', { skillId: 'postgresql', date: '2026-01-05', minutes: 30 });
      writeMs = performance.now() - t;
      if (!logged.ok) throw new Error(`write during the import failed: ${logged.error.message}`);
    })();
  });
  delay.enable();
  const cpuBefore = process.cpuUsage();
  start = performance.now();
  const result = await core.router.dispatch('salary.importCsv', { token, name: 'bench', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING });
  const importMs = since();
  const cpu = process.cpuUsage(cpuBefore);
  delay.disable();
  clearInterval(ticker);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  unsubscribe();
  await midWrite;
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  longestSilenceMs = Math.max(longestSilenceMs, importMs - lastEvent.at);
  longestStillMs = Math.max(longestStillMs, importMs - lastMove.at);
  const databaseAfter = databaseBytes(core.store.sqlite, request.dbFile);
  await core.jobs.close();
  started.close();
  return {
    importSeconds: importMs / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    datasetKey: (result.value as { datasetId: string }).datasetId,
    longestStallMs: delay.max / 1e6,
    longestBusyMs,
    stalls,
    writeMs,
    progressEvents,
    longestSilenceMs,
    longestStillMs,
    phases: Object.entries(phases).map(([phase, p]) => ({ phase, firstMs: p.first, lastMs: p.last, events: p.events })),
    rssBefore,
    peakRss,
    peakRssByPhase,
    sizeBefore,
    databaseAfter,
  };
}

main().then(
  // Let go of the channel once the report is out, so the process ends on its own.
  (report) => send(report).then(() => process.connected && process.disconnect()),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

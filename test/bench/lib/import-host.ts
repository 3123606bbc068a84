// Runs the import figures' import in a child process that is a host like the web host (see
// import-host-child.ts), so its RSS and its event loop are the host's and not the bench's.
import { fork } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RESOURCES_DIR } from '../../support/temp-core';

export interface ImportHostRequest {
  dbFile: string;
  csv: string;
  resourcesDir: string;
  /** The built worker (out/main/worker.js), or null to compile worker.ts through tsx. */
  workerScript: string | null;
}

/** A main-thread stall of P10's size or more: when (ms after the import began) and after which progress phase. */
export interface Stall {
  atMs: number;
  ms: number;
  /** How much of it the main thread was busy (event-loop active time); the rest it waited for a core. */
  busyMs: number;
  afterPhase: string;
}

export interface ImportHostReport {
  importSeconds: number;
  /** CPU time of the host process (all its threads) over the import. */
  cpuSeconds: number;
  datasetKey: string;
  /** monitorEventLoopDelay's maximum over the import. */
  longestStallMs: number;
  /** The longest the main thread was busy (event-loop active time) between two 5 ms ticks. */
  longestBusyMs: number;
  stalls: Stall[];
  /** How long a write made half-way through the import took, or null if none was made. */
  writeMs: number | null;
  progressEvents: number;
  /** The longest time without a progress event (from the start to the end of the import). */
  longestSilenceMs: number;
  /** The longest time the progress stood still: no event that changed its step or how far the step is. */
  longestStillMs: number;
  phases: Array<{ phase: string; firstMs: number; lastMs: number; events: number }>;
  rssBefore: number;
  peakRss: number;
  peakRssByPhase: Record<string, number>;
  sizeBefore: number;
  databaseAfter: number;
}

export interface ImportInChild {
  report: ImportHostReport;
  /** What the child ran with, for the figures' notes. */
  notes: string[];
}

const BUILT_WORKER = path.join(REPO_ROOT, 'out', 'main', 'worker.js');
const CHILD_SOURCE = path.join(import.meta.dirname, 'import-host-child.ts');
/** Where the bundled host goes (bench/ is not in git). */
const BUNDLE_DIR = path.join(REPO_ROOT, 'bench', 'import-host');
const SOURCE_DIRS = ['electron/core', 'shared'].map((d) => path.join(REPO_ROOT, d));

/** The newest modification time of the core's and shared sources: a built worker older than it is stale. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return newest;
}

/**
 * The host as the app runs it: its main side bundled (as electron-vite bundles the app's main
 * process; the web host's tsx costs about 90 MB of RSS more) and the built worker. Without a built
 * worker, as in a fresh checkout, the host runs through tsx with worker.ts compiled on the fly.
 */
async function chooseHost(): Promise<{ script: string; execArgv: string[]; workerScript: string | null; notes: string[] }> {
  if (!existsSync(BUILT_WORKER)) {
    return {
      script: CHILD_SOURCE,
      execArgv: ['--import', 'tsx'],
      workerScript: null,
      notes: ['no built worker (npx electron-vite build): the host ran through tsx and compiled worker.ts on the fly, as a built app does not; its RSS is about 90 MB higher'],
    };
  }
  const stale = statSync(BUILT_WORKER).mtimeMs < newestSource();
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(REPO_ROOT, 'shared') } },
    // An SSR build: node_modules stay outside the bundle and load from the repo's, as in the app.
    build: { ssr: CHILD_SOURCE, outDir: BUNDLE_DIR, emptyOutDir: true, minify: false, target: 'node20', rollupOptions: { output: { entryFileNames: 'import-host.mjs' } } },
  });
  return {
    script: path.join(BUNDLE_DIR, 'import-host.mjs'),
    execArgv: [],
    workerScript: BUILT_WORKER,
    notes: [`a bundled host with the built worker out/main/worker.js${stale ? ', which is OLDER than the sources: rebuild (npx electron-vite build)' : ''}`],
  };
}

/**
 * Imports `csv` into `dbFile` in a fresh host process (chooseHost) and returns what it measured.
 * BENCH_CPU_PROF=1 profiles it (main thread and worker threads) into bench/cpu-prof/.
 */
export async function importInChild(dbFile: string, csv: string): Promise<ImportInChild> {
  const host = await chooseHost();
  const request: ImportHostRequest = { dbFile, csv, resourcesDir: RESOURCES_DIR, workerScript: host.workerScript };
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', '--cpu-prof-dir', path.join(REPO_ROOT, 'bench', 'cpu-prof')] : [];
  const child = fork(host.script, [JSON.stringify(request)], {
    cwd: REPO_ROOT,
    execArgv: [...host.execArgv, ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let report: ImportHostReport | null = null;
  child.on('message', (message) => (report = message as ImportHostReport));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0 || report === null) throw new Error(`the import host exited with ${code}${report ? '' : ' without a report'}`);
  return { report, notes: [...host.notes, 'in a host process of its own (startCore, as a host runs it)'] };
}

/** P10's notes: the stalls of its size or more, each with when it came and after which progress phase. */
export function stallNotes(report: ImportHostReport): string[] {
  const busy = `the longest the main thread was itself busy between two 5 ms ticks: ${report.longestBusyMs.toFixed(0)} ms (a stall it was not busy for is a thread not given a core: see the load average)`;
  if (report.stalls.length === 0) return [busy, 'no stall of 50 ms or more seen by a 5 ms timer'];
  const top = (by: (s: Stall) => number) => [...report.stalls].sort((a, b) => by(b) - by(a)).slice(0, 4).map(at).join(', ');
  return [busy, `${report.stalls.length} stall(s) of 50 ms or more; longest: ${top((s) => s.ms)}; busiest: ${top((s) => s.busyMs)}`];
}

const at = (s: Stall) => `${s.ms.toFixed(0)} ms (${s.busyMs.toFixed(0)} ms busy) at ${(s.atMs / 1000).toFixed(2)} s (after "${s.afterPhase}")`;

/** P1-progress's notes: the events of each phase and the longest wait for one. */
export function progressNotes(report: ImportHostReport): string[] {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const phases = report.phases.map((p) => `${p.phase} ${p.events} (${s(p.firstMs)}–${s(p.lastMs)} s)`).join(', ');
  return [
    `events by step: ${phases}`,
    `longest time without an event ${report.longestSilenceMs.toFixed(0)} ms; without the progress moving ${report.longestStillMs.toFixed(0)} ms`,
  ];
}

/** P1-rss's notes: where the memory was highest, by the step the import was in. */
export function rssNotes(report: ImportHostReport): string[] {
  const byPhase = Object.entries(report.peakRssByPhase).map(([phase, bytes]) => `${phase} ${(bytes / 1e6).toFixed(0)} MB`);
  return [`the host process (main thread and its worker threads), sampled every 5 ms; ${(report.rssBefore / 1e6).toFixed(0)} MB when the import began; peak by step: ${byPhase.join(', ')}`];
}

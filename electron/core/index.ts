import { toIso } from '@shared/domain/dates';
import type { BackupInfo } from '@shared/domain/backups';
import type { AppInfo, DataDomain } from '@shared/ipc/contract';
import { AppError } from '@shared/ipc/result';
import type { Clock, CoreContext } from './context';
import { explainStoreError } from './db/errors';
import { openStore, type Store } from './db/store';
import { EventBus } from './events';
import { FileInbox, type HostFiles } from './files';
import { DownloadShelf } from './downloads';
import { createHandlers } from './handlers';
import type { Handlers } from './router';
import { JobRunner } from './jobs/job-runner';
import type { PlanPdfHost } from './plan/pdf-host';
import { WriterGate } from './jobs/writer-gate';
import { bundledDataDir, bundledMigrationsDir } from './resource-layout';
import { createRouter, type Router } from './router';
import { seedBundledData, type SeedReport } from './seed';
import { seedCareerLadder } from './seed/career-ladder';
import { seedRoadmapPaths } from './seed/roadmap-paths';
import { seedSkillCatalog, type CatalogSeedReport } from './seed/skill-catalog';
import { BackupService, hasUserData } from './services/backups';
import { evaluateGoals } from './services/goals';
import { WriteQueue } from './writes/write-queue';
import { syncCommitsOffThread } from './db/wal-sync';
import { warmSchemas } from './warm-schemas';

export type { Clock } from './context';

export interface CoreOptions {
  dbFile: string;
  /** The folder holding data/ and migrations/ (resources/ in the repo; process.resourcesPath packaged). */
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  nativeBinding?: string;
  /** The built worker script (Electron's out/main/worker.js); from source it is found on its own. */
  workerScript?: string;
  /** Native file dialogs (Electron); hosts without them leave it out. */
  hostFiles?: HostFiles;
  /** Makes and hands over the career-plan PDF (Electron, the web host). */
  pdfHost?: PlanPdfHost;
  onUnexpectedError?: (path: string, error: unknown) => void;
  /** Where "now" and "today" come from; tests fix it. */
  clock?: Clock;
  /** A host that re-creates the core (start.ts, after a recovery) keeps one event bus and file inbox across cores. */
  events?: EventBus;
  files?: FileInbox;
  /** Shared across re-created cores (recovery), like `files`. */
  downloads?: DownloadShelf;
  /** The recovery methods of the host that started this core (start.ts); alone, a core reports itself ready. */
  recovery?: Handlers['recovery'];
  /** Flushes a file to disk (the WAL, before a mutation is answered); tests hold it to see the answer wait. */
  syncFile?: (file: string) => Promise<void>;
  /** Awaited before every write (mutations, write jobs); it throws to refuse one (the start-up check). */
  writeGuard?: () => Promise<void>;
}

export interface Core {
  router: Router;
  events: EventBus;
  store: Store;
  seed: SeedReport;
  catalog: CatalogSeedReport;
  /** Files the core may read, by token (picked in a dialog or uploaded). */
  files: FileInbox;
  /** Files made for the web host to download once (the personal data export). */
  downloads: DownloadShelf;
  /** Background work (imports, purges, heavy reads); `jobs.idle()` waits for queued writes. */
  jobs: JobRunner;
  /** The once-a-day backup started after start-up: the backup taken, or null (none due, or it failed and was reported). */
  dailyBackup: Promise<BackupInfo | null>;
  close(): void;
}

/** Main-thread commits between two checkpoints of the WAL (each a few KB: this keeps it small). */
const CHECKPOINT_EVERY = 200;

/** Goals complete when the data they measure changes: these domains feed them. */
const GOAL_INPUTS: ReadonlySet<DataDomain> = new Set(['profile', 'skills', 'progress', 'goals']);

/** Opens the store, migrates, seeds bundled data and wires the router: the same for every host. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const store = await openStore(options.dbFile, {
    migrationsDir: bundledMigrationsDir(options.resourcesDir),
    nativeBinding: options.nativeBinding,
  });
  try {
    const dataDir = bundledDataDir(options.resourcesDir);
    const seed = seedBundledData(store.sqlite, dataDir);
    const catalog = seedSkillCatalog(store.sqlite, dataDir);
    seedRoadmapPaths(store.sqlite, dataDir);
    seedCareerLadder(store.sqlite, dataDir);
    const clock = options.clock ?? (() => new Date());
    const gate = new WriterGate();
    const writeGuard = options.writeGuard ?? (() => Promise.resolve());
    const jobs = new JobRunner({ dbFile: store.file, gate, nativeBinding: options.nativeBinding, workerScript: options.workerScript, writeGuard });
    const queue = new WriteQueue(store.sqlite, { gate });
    // After migrating and seeding (start-up writes keep FULL): from here on the main thread commits
    // without fsync, and a mutation is answered once WalSync has flushed it.
    const walSync = syncCommitsOffThread(store.sqlite, store.file, options.syncFile);
    const reportBackground = (error: unknown) => options.onUnexpectedError?.('background job', error);
    const backups = new BackupService({
      store,
      migrationsDir: bundledMigrationsDir(options.resourcesDir),
      dataDir,
      clock,
      queue,
      jobs,
      native: { nativeBinding: options.nativeBinding },
      onBackgroundError: reportBackground,
    });
    const ctx: CoreContext = {
      store,
      db: store.db,
      events: options.events ?? new EventBus(),
      jobs,
      clock,
      today: () => toIso(clock()),
      info: { version: options.version, host: options.host },
      dataDir,
      files: options.files ?? new FileInbox(),
      downloads: options.downloads ?? new DownloadShelf(),
      hostFiles: options.hostFiles,
      pdfHost: options.pdfHost,
      backups,
    };
    let commitsSinceCheckpoint = 0;
    const afterCommit = () => {
      // The main connection does not checkpoint (db/store.ts): every so often the worker does.
      if (++commitsSinceCheckpoint < CHECKPOINT_EVERY) return;
      commitsSinceCheckpoint = 0;
      jobs.write({ kind: 'checkpoint' }).catch(reportBackground);
    };
    const announce = (domains: readonly DataDomain[]) => ctx.events.emit('dataChanged', { domains: [...domains] });
    const router = createRouter(createHandlers(ctx, reportBackground, options.recovery), {
      onUnexpectedError: options.onUnexpectedError,
      explainError: explainStoreError,
      runMutation: async (path, changes, work) => {
        await writeGuard();
        const done = await queue.run(() => {
          const value = work();
          const changed = new Set(changes);
          // In the same transaction as the write: a goal is never seen reached but not completed.
          if (changes.some((d) => GOAL_INPUTS.has(d)) && evaluateGoals(store.db, ctx.today()) > 0) changed.add('goals');
          return { value, changed: [...changed] };
        });
        try {
          await walSync.durable();
        } catch (error) {
          // Committed all the same (every read sees it): the screens reload, and the answer says
          // so, so that nobody makes the change twice thinking it was lost.
          options.onUnexpectedError?.(`flushing ${path}`, error);
          afterCommit();
          announce(done.changed);
          throw new AppError(
            'INTERNAL',
            `Saved, but the disk reported an error while making it permanent (${error instanceof Error ? error.message : String(error)}). ` +
              'It could be lost if the computer loses power: check the disk.',
          );
        }
        afterCommit();
        return done;
      },
      onDataChanged: (domains) => announce(domains),
    });
    // An import that a crash cut short, or a deletion that was under way, left hidden rows.
    if (store.sqlite.prepare("SELECT 1 FROM salary_datasets WHERE status <> 'ready' LIMIT 1").get()) {
      jobs.write({ kind: 'purge' }).catch(reportBackground);
    }
    let closed = false;
    const hadUserData = hasUserData(store.sqlite);
    // Fire and forget, after start-up: the host serves (and paints) meanwhile, and a failure is
    // reported, never thrown. One closing the core cuts it short and is no failure.
    const dailyBackup = new Promise<void>((resolve) => setImmediate(resolve))
      // After the start-up check has passed: a damaged file never becomes a daily backup that
      // pushes a sound one out of the ten kept.
      .then(() => writeGuard().then(() => true, () => false))
      .then((sound) => (closed || !sound ? null : backups.daily(hadUserData)))
      .catch((error: unknown) => {
        if (!closed) options.onUnexpectedError?.('daily backup', error);
        return null;
      });
    // After the daily backup has been decided, when the first screen has had its answers.
    void dailyBackup.then(() => warmSchemas(() => closed)).catch(reportBackground);
    const close = () => {
      closed = true;
      backups.close();
      ctx.files.releaseAll();
      ctx.downloads.releaseAll();
      void jobs.close();
      store.close();
    };
    return { router, events: ctx.events, store, seed, catalog, files: ctx.files, downloads: ctx.downloads, jobs, dailyBackup, close };
  } catch (error) {
    store.close();
    throw error;
  }
}

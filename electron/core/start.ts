import path from 'node:path';
import { describeProblem, type DatabaseProblem, type RecoveryOutcome, type RecoveryStatus } from '@shared/domain/recovery';
import { specFor } from '@shared/ipc/methods';
import { AppError, fail } from '@shared/ipc/result';
import { listBackups } from './db/backup-files';
import { MigrationError, shippedSchemaVersion } from './db/migrate';
import { StoreOpenError, UnusableDatabaseError, isCorruptionError } from './db/open';
import { EventBus } from './events';
import { DownloadShelf } from './downloads';
import { FileInbox } from './files';
import { createCore, type Core, type CoreOptions } from './index';
import { moveAside } from './recovery/move-aside';
import { checkedBackup, copyBackupInPlace } from './recovery/restore-at-start';
import { createPartialRouter, type Handlers, type Router } from './router';

/** What a host runs: the core when the file is usable, the recovery state when it is not. */
export interface StartedCore {
  /** Stable across recoveries: hosts bind it once. */
  router: Router;
  events: EventBus;
  files: FileInbox;
  /** Files handed out for download (the personal data export), by one-time token. */
  downloads: DownloadShelf;
  /** The working core; null while the database file cannot be used. */
  current(): Core | null;
  status(): RecoveryStatus;
  /** Resolves when the start-up check of the current file has finished (tests, hosts that wait). */
  checked(): Promise<void>;
  close(): void;
}

/** quick_check's findings can run long; the recovery screen quotes the start. */
const MAX_DETAIL = 300;

/** The errors of opening a file that mean the file cannot be used (anything else is a bug or an install problem). */
function problemOf(error: unknown): DatabaseProblem | null {
  if (error instanceof UnusableDatabaseError) return error.problem;
  if (isCorruptionError(error)) return { kind: 'damaged', detail: error.message };
  if (error instanceof MigrationError || error instanceof StoreOpenError) return { kind: 'cannot-open', detail: error.message };
  return null;
}

interface Generation {
  core: Core | null;
  checking: boolean;
  done: Promise<void>;
}

/**
 * Starts the core for a host. A file that cannot be used (empty, not SQLite, damaged, newer,
 * another app's) does not stop the host: the router then answers only `app.info` and
 * `recovery.*`, and the renderer shows the recovery screen. A usable file opens as before and is
 * checked with `PRAGMA quick_check` in a worker while the app already answers; writes wait for the
 * check, and a failed check turns the core to the damaged state, where every write is refused.
 */
export async function startCore(options: CoreOptions): Promise<StartedCore> {
  const events = options.events ?? new EventBus();
  const files = options.files ?? new FileInbox();
  const downloads = options.downloads ?? new DownloadShelf();
  const file = options.dbFile;
  const knownVersion = shippedSchemaVersion(path.join(options.resourcesDir, 'migrations'));
  const report = options.onUnexpectedError ?? (() => undefined);
  let generation: Generation | null = null;
  let problem: DatabaseProblem | null = null;
  let busy = false;

  const unavailable = () => new AppError('UNAVAILABLE', problem ? describeProblem(problem, file).message : 'The database is not open.');

  const becomeDamaged = (gen: Generation, detail: string) => {
    if (generation !== gen) return;
    problem = { kind: 'damaged', detail: detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail };
    report('start-up check', new Error(`quick_check failed on ${file}: ${detail}`));
    events.emit('recoveryChanged', { state: 'recovery' });
  };

  const runCheck = (gen: Generation, core: Core): Promise<void> =>
    core.jobs
      .read({ kind: 'quickCheck' })
      .then(
        (findings) => {
          if (findings.length !== 1 || findings[0] !== 'ok') becomeDamaged(gen, findings.join('; '));
        },
        (error: unknown) => {
          if (isCorruptionError(error)) becomeDamaged(gen, error.message);
          // The check could not run (the worker did not start): that says nothing about the file.
          else report('start-up check', error);
        },
      )
      .finally(() => {
        gen.checking = false;
        if (generation === gen && !problem) events.emit('recoveryChanged', { state: 'ready' });
      });

  async function open(): Promise<void> {
    // Made before the core: createCore may queue a write job (a purge) before it returns.
    let checked!: () => void;
    const gen: Generation = { core: null, checking: true, done: new Promise<void>((resolve) => (checked = resolve)) };
    const guard = async () => {
      await gen.done;
      if (problem || generation !== gen) throw unavailable();
    };
    try {
      gen.core = await createCore({ ...options, events, files, downloads, recovery: recoveryHandlers, writeGuard: guard });
    } catch (error) {
      checked();
      const found = problemOf(error);
      if (!found) throw error;
      report('opening the database', error);
      generation = null;
      problem = found;
      return;
    }
    generation = gen;
    problem = null;
    const core = gen.core;
    // The check runs in a worker thread, and starting one costs the main thread milliseconds: it
    // begins once the host has the router, not before. A core closed or replaced by then is not checked.
    setImmediate(() => {
      if (generation === gen) {
        void runCheck(gen, core).then(checked);
        return;
      }
      gen.checking = false;
      checked();
    });
  }

  async function closeCurrent(): Promise<void> {
    const gen = generation;
    generation = null;
    if (!gen?.core) return;
    // The worker's connection goes first: a file still held open cannot be renamed on Windows.
    await gen.core.jobs.close();
    gen.core.close();
  }

  /** Moves the unusable file aside, puts `place` (a backup, or nothing) where it was and opens again. */
  async function recover(place: (() => void) | null, check: () => void): Promise<RecoveryOutcome> {
    if (!problem) throw new AppError('CONFLICT', 'The database is in use and sound: there is nothing to recover from.');
    if (busy) throw new AppError('CONFLICT', 'A recovery is already under way.');
    busy = true;
    try {
      check();
      const kind = problem.kind;
      await closeCurrent();
      const movedTo = moveAside(file, kind);
      place?.();
      await open();
      events.emit('recoveryChanged', { state: problem ? 'recovery' : 'checking' });
      return { movedTo };
    } finally {
      busy = false;
    }
  }

  const status = (): RecoveryStatus => {
    if (!problem) {
      const state = generation?.checking ? 'checking' : 'ready';
      return { state, file, problem: null, title: null, message: null, canRestoreBackup: false, canStartFresh: false, backups: [] };
    }
    const backups = listBackups(file).map((b) => ({ ...b, compatible: b.schemaVersion <= knownVersion }));
    return {
      state: 'recovery',
      file,
      problem,
      ...describeProblem(problem, file),
      canRestoreBackup: backups.some((b) => b.compatible),
      canStartFresh: true,
      backups,
    };
  };

  const recoveryHandlers: Handlers['recovery'] = {
    status,
    restoreBackup: ({ fileName }) => {
      let source = '';
      return recover(
        () => copyBackupInPlace(source, file),
        () => (source = checkedBackup(file, fileName, knownVersion)),
      );
    },
    startFresh: () => recover(null, () => undefined),
  };

  const appInfo = { info: () => ({ version: options.version, host: options.host, schemaVersion: knownVersion }) };
  const outside = createPartialRouter(
    { app: appInfo, recovery: recoveryHandlers },
    { onUnexpectedError: report, onDataChanged: (domains) => events.emit('dataChanged', { domains: [...domains] }) },
  );

  await open();

  const router: Router = {
    dispatch(method, input) {
      if (method.startsWith('recovery.')) return outside.dispatch(method, input);
      const core = generation?.core;
      if (core) return core.router.dispatch(method, input);
      if (method === 'app.info' || !specFor(method)) return outside.dispatch(method, input);
      const refused = unavailable();
      return Promise.resolve(fail(refused.code, refused.message));
    },
  };

  return {
    router,
    events,
    files,
    downloads,
    current: () => generation?.core ?? null,
    status,
    checked: async () => {
      await generation?.done;
    },
    close: () => {
      const gen = generation;
      generation = null;
      gen?.core?.close();
    },
  };
}

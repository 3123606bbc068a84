import Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind, RestoreResult } from '@shared/domain/backups';
import { toIso } from '@shared/domain/dates';
import { AppError } from '@shared/ipc/result';
import type { Clock } from '../context';
import { takeBackup } from '../db/backup';
import { checkBackupFile, withReadOnly } from '../db/backup-check';
import { backupPath, listBackups, parseBackupFileName } from '../db/backup-files';
import { pruneBackups, sweepLeftovers } from '../db/backup-retention';
import { applyMigrations } from '../db/migrate';
import type { NativeOptions, Sqlite } from '../db/open';
import type { Store } from '../db/store';
import type { JobRunner } from '../jobs/job-runner';
import { seedBundledData } from '../seed';
import { seedCareerLadder } from '../seed/career-ladder';
import { seedRoadmapPaths } from '../seed/roadmap-paths';
import { seedSkillCatalog } from '../seed/skill-catalog';
import type { WriteQueue } from '../writes/write-queue';

export interface BackupServiceOptions {
  store: Store;
  migrationsDir: string;
  dataDir: string;
  clock: Clock;
  queue: WriteQueue;
  jobs: JobRunner;
  native: NativeOptions;
  /** Told about failures nobody waits for (the WAL checkpoint after a restore). */
  onBackgroundError(error: unknown): void;
}

/** Tables only the user writes to: a database with none of them filled holds nothing to lose. */
const USER_TABLES = [
  'profile',
  'progress_events',
  'skill_progress',
  'goals',
  'roadmaps',
  'scenarios',
  'ladder_overrides',
  'custom_skills',
  'custom_edges',
  'skill_estimates',
  'skill_notes',
  'user_resources',
];

/** True once anything of the user's is stored: bundled data alone can be seeded again. */
export function hasUserData(sqlite: Sqlite): boolean {
  const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
  const filled = (sql: string) => sqlite.prepare(sql).get() !== undefined;
  if (tables.has('salary_datasets') && filled('SELECT 1 FROM salary_datasets WHERE builtin = 0 LIMIT 1')) return true;
  return USER_TABLES.some((t) => tables.has(t) && filled(`SELECT 1 FROM "${t}" LIMIT 1`));
}

function infoOf(file: string): BackupInfo {
  const parsed = parseBackupFileName(path.basename(file));
  if (!parsed) throw new Error(`${file} is not named as a backup`);
  return { ...parsed, bytes: statSync(file).size };
}

/**
 * Backups of the live database: taken on demand and once a day on start, pruned by kind
 * (BACKUP_RETENTION), and restored. One backup operation runs at a time; a restore also holds the
 * write queue and the write jobs, so no write lands between the check and the swap.
 */
export class BackupService {
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: BackupServiceOptions) {}

  list(): BackupInfo[] {
    return listBackups(this.options.store.file);
  }

  create(kind: Exclude<BackupKind, 'pre-migration' | 'before-restore'> = 'manual'): Promise<BackupInfo> {
    return this.serial(() => this.take(kind));
  }

  /**
   * The start-up backup: at most one a day (the core clock's local date), none for a database that
   * held nothing of the user's when the app started (`hasUserData`, read before any write).
   * Resolves with the backup taken, or null.
   */
  daily(hadUserData: boolean): Promise<BackupInfo | null> {
    return this.serial(async () => {
      // Closed meanwhile (a test's core, a quick quit): its folder may be gone, so nothing is made again.
      if (this.closed) return null;
      // Nothing of this process is being written now (the chain is ours): what is there is a crash's.
      sweepLeftovers(this.options.store.file);
      const today = toIso(this.options.clock());
      if (!hadUserData || this.list().some((b) => b.kind === 'daily' && toIso(new Date(b.createdAt)) === today)) return null;
      return this.take('daily');
    });
  }

  /** The core is closing: a daily backup not yet started is skipped. */
  close(): void {
    this.closed = true;
  }

  /**
   * Replaces the live data with a backup's. The backup is checked, copied and brought up to this
   * version's schema apart from the live file first, so a refusal or a failed migration changes
   * nothing; then the current data is backed up, and SQLite's backup API writes the prepared copy
   * into the live file in one write transaction (a crash leaves the data before or after, never
   * between).
   */
  restore(fileName: string): Promise<RestoreResult> {
    const { store, queue, jobs } = this.options;
    const source = backupPath(store.file, fileName);
    if (!source) return Promise.reject(new AppError('VALIDATION', `“${fileName}” is not the name of a backup; nothing was changed.`));
    // The write queue is claimed at once: a write sent after the restore runs after it.
    const done = queue.exclusive(() =>
      jobs.exclusive(() =>
        this.serial(async () => {
          if (!exists(source)) throw new AppError('NOT_FOUND', `The backup “${fileName}” is no longer in the backups folder; nothing was changed.`);
          const restored = infoOf(source);
          const { schemaVersion } = await checkBackupFile(source, fileName, store.schemaVersion, this.options.native, (file) =>
            jobs.read({ kind: 'quickCheckFile', file }),
          );
          const staged = `${source}.restoring`;
          try {
            const migrationsApplied = await this.stage(source, staged, schemaVersion);
            const beforeRestore = await this.take('before-restore');
            await this.swapIn(staged);
            return { restored, beforeRestore, migrationsApplied };
          } finally {
            for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${staged}${suffix}`, { force: true });
          }
        }),
      ),
    );
    // The restore went through the WAL: the worker copies it into the file, off the main thread.
    return done.then((result) => {
      jobs.write({ kind: 'checkpoint' }).catch(this.options.onBackgroundError);
      return result;
    });
  }

  /** A working copy of the backup, migrated and seeded as createCore would, in its own file. */
  private async stage(source: string, staged: string, schemaVersion: number): Promise<number> {
    const { native, migrationsDir, dataDir, store } = this.options;
    await withReadOnly(source, native, (backup) => backup.backup(staged));
    const copy = new Database(staged, { fileMustExist: true, nativeBinding: native.nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma('foreign_keys = ON');
      let applied: number;
      try {
        applied = applyMigrations(copy, migrationsDir);
      } catch (error) {
        throw new AppError(
          'VALIDATION',
          `The backup “${path.basename(source)}” (schema ${schemaVersion}) could not be brought up to schema ${store.schemaVersion}: ${
            error instanceof Error ? error.message : String(error)
          }; nothing was changed.`,
        );
      }
      seedBundledData(copy, dataDir);
      seedSkillCatalog(copy, dataDir);
      seedRoadmapPaths(copy, dataDir);
      seedCareerLadder(copy, dataDir);
      return applied;
    } finally {
      copy.close();
    }
  }

  private async swapIn(staged: string): Promise<void> {
    const { native, store } = this.options;
    const copy = new Database(staged, { readonly: true, fileMustExist: true, nativeBinding: native.nativeBinding });
    try {
      await copy.backup(store.file);
    } finally {
      copy.close();
    }
  }

  private async take(kind: BackupKind): Promise<BackupInfo> {
    const { store, clock, native } = this.options;
    const file = await takeBackup(store.sqlite, store.file, kind, store.schemaVersion, clock(), native);
    pruneBackups(store.file, path.basename(file));
    return infoOf(file);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

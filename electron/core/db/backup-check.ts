import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { AppError } from '@shared/ipc/result';
import type { NativeOptions, Sqlite } from './open';

/** Tables every Trajectory database has had since its first migration. */
const REQUIRED_TABLES = ['__drizzle_migrations', 'profile', 'salary_datasets'];

/** At most this much of SQLite's own report goes into a message. */
const MAX_DETAIL = 160;

const clip = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
};

/**
 * Opens a backup read-only. A backup written in WAL mode (older builds wrote them so) makes SQLite
 * create empty -wal and -shm files even for a reader; the ones this opening created go again.
 */
export async function withReadOnly<T>(file: string, native: NativeOptions, read: (db: Sqlite) => T | Promise<T>): Promise<T> {
  const created = ['-wal', '-shm'].filter((suffix) => !existsSync(`${file}${suffix}`));
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: native.nativeBinding });
  try {
    return await read(db);
  } finally {
    db.close();
    for (const suffix of created) rmSync(`${file}${suffix}`, { force: true });
  }
}

/** SQLite's `quick_check` of a file opened read-only: ['ok'], or up to 5 problems. */
export function quickCheck(file: string, native: NativeOptions = {}): Promise<string[]> {
  return withReadOnly(file, native, (db) => (db.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((r) => r.quick_check));
}

/**
 * Checks that a backup can be restored: an SQLite file that passes quick_check, holds
 * Trajectory's tables and a schema this build knows. Refusals name the file and what is wrong.
 */
export async function checkBackupFile(
  file: string,
  fileName: string,
  knownVersion: number,
  native: NativeOptions = {},
  /** Where the whole-file read runs (the core passes its reader worker); here by default. */
  check: (file: string) => Promise<string[]> = (f) => quickCheck(f, native),
): Promise<{ schemaVersion: number }> {
  const refuse = (what: string) => new AppError('VALIDATION', `The backup “${fileName}” ${what}; nothing was changed.`);
  try {
    const problems = await check(file);
    if (problems.length !== 1 || problems[0] !== 'ok') throw refuse(`is damaged (quick_check: ${clip(problems.join('; '))})`);
    return await withReadOnly(file, native, (db) => {
      const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
      const schemaVersion = Number(db.pragma('user_version', { simple: true }));
      if (schemaVersion === 0 || REQUIRED_TABLES.some((t) => !tables.has(t))) throw refuse('is not a Trajectory database');
      if (schemaVersion > knownVersion) {
        throw refuse(`was written by a newer version of Trajectory (schema ${schemaVersion}; this version knows schema ${knownVersion})`);
      }
      return { schemaVersion };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(`cannot be read as a database (${clip(error instanceof Error ? error.message : String(error))})`);
  }
}

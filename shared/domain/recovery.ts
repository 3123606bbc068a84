import { z } from 'zod';
import { BackupInfo } from './backups';

/**
 * Why the database file cannot be used. Each one is found before anything is written to the file
 * (or, for `damaged`, by the start-up check), and the file is kept as it is.
 */
export const PROBLEM_KINDS = ['empty', 'not-sqlite', 'damaged', 'newer', 'foreign', 'cannot-open'] as const;
export const ProblemKind = z.enum(PROBLEM_KINDS);
export type ProblemKind = z.infer<typeof ProblemKind>;

/** What a moved-aside file's name says about it (`trajectory.sqlite.<label>-<UTC time>`). */
export const SET_ASIDE_LABELS: Record<ProblemKind, string> = {
  empty: 'empty',
  'not-sqlite': 'not-a-database',
  damaged: 'damaged',
  newer: 'newer-version',
  foreign: 'other-app',
  'cannot-open': 'unopened',
};

export const DatabaseProblem = z.object({
  kind: ProblemKind,
  /** What was found, technically (SQLite's own words, a page number…): for the log and the curious. */
  detail: z.string(),
  /** `newer`: the schema the file has and the one this version knows. */
  fileVersion: z.number().int().optional(),
  knownVersion: z.number().int().optional(),
});
export type DatabaseProblem = z.infer<typeof DatabaseProblem>;

/** `checking`: the file opened and answers, the start-up check is still running (writes wait for it). */
export const RecoveryState = z.enum(['ready', 'checking', 'recovery']);
export type RecoveryState = z.infer<typeof RecoveryState>;

export const RecoveryBackup = BackupInfo.extend({
  /** A backup from a newer schema than this version knows cannot be opened either. */
  compatible: z.boolean(),
});
export type RecoveryBackup = z.infer<typeof RecoveryBackup>;

export const RecoveryStatus = z.object({
  state: RecoveryState,
  /** Where the database file is. */
  file: z.string(),
  problem: DatabaseProblem.nullable(),
  /** The problem in words, for the recovery screen; null when there is none. */
  title: z.string().nullable(),
  message: z.string().nullable(),
  canRestoreBackup: z.boolean(),
  canStartFresh: z.boolean(),
  /** Newest first; empty when there is no problem (nothing to restore from here). */
  backups: z.array(RecoveryBackup),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;

export const RestoreAtStartInput = z.object({ fileName: z.string().min(1).max(200) });

export const RecoveryOutcome = z.object({
  /** Where the unusable file (and its -wal/-shm, if any) now is: it is moved, never deleted. */
  movedTo: z.array(z.string()),
});
export type RecoveryOutcome = z.infer<typeof RecoveryOutcome>;

/** The problem in words: the same on the recovery screen, in the log and in refused calls. */
export function describeProblem(problem: DatabaseProblem, file: string): { title: string; message: string } {
  switch (problem.kind) {
    case 'empty':
      return {
        title: 'The database file is empty',
        message: `The file at ${file} has no data in it (0 bytes). This usually means the data was lost, for example by a sync tool or a disk problem. Restore a backup if you have one; starting fresh keeps the empty file beside the new one.`,
      };
    case 'not-sqlite':
      return {
        title: 'The database file is not a database',
        message: `The file at ${file} is not an SQLite database: it may have been replaced or badly damaged. It was left as it was.`,
      };
    case 'damaged':
      return {
        title: 'The database file is damaged',
        message: `The file at ${file} is damaged (${problem.detail}). To protect what is in it, Trajectory does not write to it. Restore a backup, or start fresh: the damaged file is moved aside, never deleted.`,
      };
    case 'newer':
      return {
        title: 'The database is from a newer version of Trajectory',
        message: `The file at ${file} was written by a newer version of Trajectory (schema ${problem.fileVersion ?? '?'}; this version knows schema ${problem.knownVersion ?? '?'}). Update Trajectory to open it. It was left untouched.`,
      };
    case 'foreign':
      return {
        title: 'The database file belongs to another application',
        message: `The file at ${file} is an SQLite database of another application (${problem.detail}). Trajectory does not change it.`,
      };
    case 'cannot-open':
      return {
        title: 'The database could not be opened',
        message: `Trajectory could not open the file at ${file}: ${problem.detail}`,
      };
  }
}

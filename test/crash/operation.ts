import path from 'node:path';

/** What the child tells the parent, one line each on stdout (synchronous on a Linux pipe). */
export type ChildMessage = 'ready' | 'started' | 'progress' | 'done';

export interface ChildReport {
  /** Everything is loaded; the operation has not begun. */
  ready(): void;
  /** Said right before the operation's first step. */
  started(): void;
  /** A step of the operation went by (an import's progress event…). */
  progress(): void;
}

/** What a folder holds, as a reader sees it; compared by deep equality. */
export type State = unknown;

/** A state plus what the folder shows about where the operation was cut (for the report only). */
export interface Observed {
  state: State;
  /** e.g. "a hidden import with 2,304 rows": proof that the kill landed mid-write. */
  evidence: string | null;
}

/**
 * One operation to kill. Adding one is one file in operations/ exporting this, and one line in
 * operations/index.ts: the harness does the spawning, killing, comparing and reporting.
 */
export interface CrashOperation {
  /** Parent, once: writes the "before" folder (the database at dbFileIn(dir) plus any input). `size` scales the work. */
  prepare(dir: string, size: number): Promise<void>;
  /** Child, in a copy of that folder: loads, reports ready, reports started, then does the operation. */
  run(dir: string, report: ChildReport): Promise<void>;
  /**
   * Parent: the folder's state right after the child died (integrity_check and foreign_key_check
   * of every database in it are part of the state, so a broken file matches neither reference).
   */
  observe(dir: string): Promise<Observed>;
  /** Parent: the state once the app has started on the folder again (e.g. purged a cut-short import). */
  recover?(dir: string): Promise<State>;
}

export const dbFileIn = (dir: string): string => path.join(dir, 'trajectory.sqlite');

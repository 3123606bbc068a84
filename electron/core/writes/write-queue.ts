import Database from 'better-sqlite3';
import type { Sqlite } from '../db/open';
import type { WriterGate } from '../jobs/writer-gate';

export interface WriteQueueOptions {
  /** Raised while a write waits for the lock, so a writing worker steps aside between chunks. */
  gate: WriterGate;
  /** Give up (SQLITE_BUSY reaches the caller as CONFLICT) after this long without the lock. */
  maxWaitMs?: number;
}

const isBusy = (error: unknown) =>
  error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every write of the main connection runs here, one at a time, each in one IMMEDIATE
 * transaction (in the spirit of Actual Budget's mutator queue). The main connection has no busy
 * timeout: when a worker holds the write lock, BEGIN fails at once with SQLITE_BUSY, nothing has
 * been written, and the queue tries again a moment later from the event loop, so the main thread
 * never sleeps on a lock and keeps answering reads meanwhile.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly maxWaitMs: number;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly options: WriteQueueOptions,
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /** Runs `work` (synchronous: it must not await between its statements) in its own transaction. */
  run<T>(work: () => T): Promise<T> {
    const next = this.tail.then(() => this.attempt(work));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /**
   * Runs async `work` with the queue to itself: writes queued after it wait until it settles
   * (a restore replaces the whole file and must not interleave with a write).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async attempt<T>(work: () => T): Promise<T> {
    const transaction = this.sqlite.transaction(work);
    const started = performance.now();
    let delay = 1;
    let raised = false;
    try {
      for (;;) {
        try {
          return transaction.immediate();
        } catch (error) {
          // BUSY can only come from BEGIN here (we hold the lock once it succeeds), so nothing was written.
          if (!isBusy(error) || performance.now() - started > this.maxWaitMs) throw error;
          if (!raised) {
            this.options.gate.raise();
            raised = true;
          }
          await pause(delay);
          delay = Math.min(delay * 2, 16);
        }
      }
    } finally {
      if (raised) this.options.gate.lower();
    }
  }
}

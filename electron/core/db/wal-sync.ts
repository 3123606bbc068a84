import { open } from 'node:fs/promises';
import type { Sqlite } from './open';

/**
 * Makes the main connection's commits durable without the main thread waiting on the disk.
 *
 * Under `synchronous=FULL` every commit fsyncs the WAL inside the commit call, on the main thread;
 * while an import writes to the same disk that fsync took 25–330 ms, a frozen window. So the main
 * connection commits with `synchronous=NORMAL` (in WAL mode a commit is then atomic and survives
 * an app crash; only a power cut could lose it) and this fsyncs the WAL file from Node's thread
 * pool before the write is answered. An answered write is on disk, as under FULL: the same
 * guarantee, with the wait moved off the main thread. fsync flushes the file, not one descriptor,
 * so a descriptor of our own flushes what SQLite wrote through its.
 */
export class WalSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly dbFile: string,
    private readonly syncFile: (file: string) => Promise<void> = fsyncFile,
  ) {}

  /**
   * Resolves once everything committed before the call is on disk. Calls made while a sync runs
   * share the one after it (that sync may have started before their commit), so a burst of writes
   * costs two fsyncs, not one each.
   */
  durable(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const next = this.running.then(
      () => this.start(),
      () => this.start(),
    );
    this.next = next;
    return next;
  }

  private start(): Promise<void> {
    this.next = null;
    const running = this.syncFile(`${this.dbFile}-wal`).finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}

/** The main connection's commits stop fsyncing on the main thread; `WalSync` does it instead. */
export function syncCommitsOffThread(sqlite: Sqlite, dbFile: string, syncFile?: (file: string) => Promise<void>): WalSync {
  sqlite.pragma('synchronous = NORMAL');
  return new WalSync(dbFile, syncFile);
}

async function fsyncFile(file: string): Promise<void> {
  // 'r+': Windows flushes only through a handle opened for writing. The WAL exists while the main
  // connection is open (it is never checkpointed away under it), so a missing one is a real error.
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Lets the main connection's writes go first while a worker is writing in a loop. SQLite lets one
 * connection write at a time; a worker that commits a chunk and at once begins the next would win
 * the lock again and again. The main thread raises the gate while it has writes waiting; between
 * chunks the worker sees it and waits (off the main thread, so blocking is fine) until it drops.
 *
 * Shared memory (one Int32 slot): the count of main-thread writes waiting for the lock.
 */
export class WriterGate {
  readonly buffer: SharedArrayBuffer;
  private readonly slots: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.buffer = buffer;
    this.slots = new Int32Array(buffer);
  }

  /** Main thread: a write wants the lock. */
  raise(): void {
    Atomics.add(this.slots, 0, 1);
  }

  /** Main thread: that write is done (committed or given up). */
  lower(): void {
    if (Atomics.sub(this.slots, 0, 1) === 1) Atomics.notify(this.slots, 0);
  }

  get waiting(): number {
    return Atomics.load(this.slots, 0);
  }

  /**
   * Worker only (Atomics.wait is not allowed on the main thread): between two transactions, wait
   * while main-thread writes are waiting, at most `maxMs` in all so a stuck main thread cannot
   * stall the worker for ever.
   */
  yieldToMain(maxMs = 2_000): void {
    const deadline = performance.now() + maxMs;
    for (let seen = Atomics.load(this.slots, 0); seen > 0; seen = Atomics.load(this.slots, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) return;
      Atomics.wait(this.slots, 0, seen, left);
    }
  }
}

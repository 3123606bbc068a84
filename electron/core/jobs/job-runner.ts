import type { Worker } from 'node:worker_threads';
import type { ImportProgress } from '@shared/domain/salary-import';
import { AppError, type ErrorCode } from '@shared/ipc/result';
import type { NativeOptions } from '../db/open';
import type { FromWorker, Job, JobError, JobOutcomes } from './protocol';
import { startCoreWorker } from './spawn';
import type { WriterGate } from './writer-gate';

export interface JobRunnerOptions extends NativeOptions {
  dbFile: string;
  gate: WriterGate;
  /** The built worker script (Electron); from source it is found beside jobs/spawn.ts. */
  workerScript?: string;
  /** Awaited before each write job starts; it throws to refuse the job (the start-up check holds writes until it passes). */
  writeGuard?: () => Promise<void>;
}

type Progress = Omit<ImportProgress, 'token'>;

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: Progress) => void;
}

/** One worker thread and the jobs it is running; started on first use. */
class WorkerChannel {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly options: JobRunnerOptions,
    private readonly background: boolean,
  ) {}

  run<K extends Job['kind']>(job: Extract<Job, { kind: K }>, onProgress?: (p: Progress) => void): Promise<JobOutcomes[K]> {
    const worker = this.ensure();
    const id = this.nextId++;
    worker.ref();
    return new Promise<JobOutcomes[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage({ id, job });
    });
  }

  /** Starts the thread now, so the first job does not wait for it; resolves once it has loaded. */
  async warm(): Promise<void> {
    await this.run({ kind: 'ping' });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = startCoreWorker(
      { workerData: { dbFile: this.options.dbFile, nativeBinding: this.options.nativeBinding, gateBuffer: this.options.gate.buffer, background: this.background } },
      this.options.workerScript,
    );
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      this.worker = null;
      this.failAll(new Error(`The background worker stopped (exit code ${code}).`));
    });
    // Referenced only while it has jobs: an idle worker must not keep a host (or a test) alive.
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (message.type === 'done') pending.resolve(message.value);
    else pending.reject(fromJobError(message.error));
  }

  private failAll(error: unknown): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

function fromJobError(error: JobError): Error {
  if (error.code) return new AppError(error.code as ErrorCode, error.message, error.issues);
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}

/**
 * Long and heavy work off the main thread. Writes (imports, purges) go to one writer worker, one
 * job at a time; heavy reads go to a reader worker, so a percentile query is not stuck behind an
 * import.
 */
export class JobRunner {
  private readonly writer: WorkerChannel;
  private readonly reader: WorkerChannel;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly guard: () => Promise<void>;

  constructor(options: JobRunnerOptions) {
    this.guard = options.writeGuard ?? (() => Promise.resolve());
    // Imports and purges yield the CPU to the main thread; a percentile query someone waits for does not.
    this.writer = new WorkerChannel(options, true);
    this.reader = new WorkerChannel(options, false);
  }

  /** Queued behind earlier write jobs: a purge never runs beside the import whose rows it would see. */
  write<K extends 'import' | 'purge' | 'checkpoint' | 'personalImport'>(job: Extract<Job, { kind: K }>, onProgress?: (p: Progress) => void): Promise<JobOutcomes[K]> {
    const next = this.writes.then(() => this.guard()).then(() => this.writer.run(job, onProgress));
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Runs `work` once the write jobs queued so far have finished; write jobs queued meanwhile wait for it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work);
    this.writes = next.catch(() => undefined);
    return next;
  }

  read<K extends 'percentiles' | 'quickCheck' | 'quickCheckFile' | 'personalExport' | 'personalPreview'>(job: Extract<Job, { kind: K }>): Promise<JobOutcomes[K]> {
    return this.reader.run(job);
  }

  /**
   * Starts both threads ahead of the first job. Built, a worker starts in milliseconds; from
   * source (the web host) it compiles its TypeScript first, which is worth doing before a user waits.
   */
  async warm(): Promise<void> {
    await Promise.all([this.writer.warm(), this.reader.warm()]);
  }

  /** Resolves when every write job queued so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.writes;
  }

  async close(): Promise<void> {
    await Promise.all([this.writer.close(), this.reader.close()]);
  }
}

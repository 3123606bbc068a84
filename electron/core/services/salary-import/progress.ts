import type { ImportProgress } from '@shared/domain/salary-import';

export type JobProgress = Omit<ImportProgress, 'token'>;

/**
 * How often the worker sends progress while a step runs: more than four times a second, so the
 * bar visibly moves, with room for a parsing chunk that takes longer on a busy machine.
 */
export const PROGRESS_INTERVAL_MS = 125;

/** An import's progress as the worker sends it: at most every PROGRESS_INTERVAL_MS within a step, and at once when the step changes. */
export class ProgressReporter {
  private readonly started = performance.now();
  private lastSent = -Infinity;
  private lastPhase: ImportProgress['phase'] | null = null;

  constructor(
    private readonly totalBytes: number,
    private readonly send: (progress: JobProgress) => void,
  ) {}

  report(phase: ImportProgress['phase'], rows: number, bytesRead: number, phaseDone: number, phaseTotal: number): void {
    const now = performance.now();
    if (phase === this.lastPhase && now - this.lastSent < PROGRESS_INTERVAL_MS) return;
    this.lastSent = now;
    this.lastPhase = phase;
    const seconds = (now - this.started) / 1000;
    this.send({
      phase,
      rows,
      bytesRead,
      totalBytes: this.totalBytes,
      rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
      phaseDone: Math.round(phaseDone),
      phaseTotal: Math.round(phaseTotal),
      seconds,
    });
  }
}

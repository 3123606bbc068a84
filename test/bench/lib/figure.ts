import { loadavg } from 'node:os';

/**
 * How a figure meets its target: a ratio to the baseline (≤ target), a value (≤ target, the
 * baseline then being the budget itself), an overhead over the baseline (measured − baseline ≤
 * target), a rate (≥ target), or no target at all (reported only).
 */
export type Compare = 'ratio' | 'value' | 'overhead' | 'at-least' | 'report';

export interface FigureInput {
  id: string;
  name: string;
  unit: string;
  measured: number;
  /** Measured in the same run; for 'value' and 'at-least' figures the budget itself. */
  baseline: number;
  compare: Compare;
  target: number | null;
  notes?: string[];
}

export interface Figure extends FigureInput {
  ratio: number;
  pass: boolean;
}

export interface SkippedFigure {
  id: string;
  name: string;
  skipped: string;
}

export type FigureResult = Figure | SkippedFigure;

export const isSkipped = (f: FigureResult): f is SkippedFigure => 'skipped' in f;

/** The value a figure's target is compared with. */
export function compared(f: Pick<FigureInput, 'measured' | 'baseline' | 'compare'>): number {
  switch (f.compare) {
    case 'ratio':
      return f.measured / f.baseline;
    case 'overhead':
      return f.measured - f.baseline;
    default:
      return f.measured;
  }
}

export function figure(input: FigureInput): Figure {
  const value = compared(input);
  const pass =
    input.target === null || input.compare === 'report' ? true : input.compare === 'at-least' ? value >= input.target : value <= input.target;
  return { ...input, ratio: input.measured / input.baseline, pass };
}

export const skipped = (id: string, name: string, reason: string): SkippedFigure => ({ id, name, skipped: reason });

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const loadAverage = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

/** Median of `runs` timed calls after `warmup` untimed ones, in ms. */
export function timeMany(runs: number, fn: () => void, warmup = 0): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function timeManyAsync(runs: number, fn: () => Promise<unknown>, warmup = 0): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

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

/** Pairs a figure takes in turns: one run of either side differs from the next by a fifth or more. */
export const pairsFor = (sizes: { tiny: boolean; runs: number }): number => (sizes.tiny ? sizes.runs : Math.max(sizes.runs, 15));

/**
 * Medians of `pairs` measurements of `a` and of `b`, taken in turns (a, b, a, b, …) after one
 * untimed pair that warms caches: a change in the machine's load during the figure falls on both
 * sides, not on one. Each function returns its own measurement (ms).
 */
export async function medianInTurns(pairs: number, a: () => Promise<number>, b: () => Promise<number>): Promise<[number, number]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i <= pairs; i++) {
    const x = await a();
    const y = await b();
    if (i === 0) continue;
    as.push(x);
    bs.push(y);
  }
  return [median(as), median(bs)];
}

/** How long one call of `fn` takes, in ms; a promise it returns is waited for, a value is not. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  const result = fn();
  if (result instanceof Promise) await result;
  return performance.now() - start;
}

/**
 * The sizes every figure runs at, from the environment. BENCH_TINY=1 is the smoke run of
 * `npm test`: a few thousand rows and few repetitions, to show the bench runs, not to measure.
 */
const tiny = process.env.BENCH_TINY === '1';
const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
};

export interface BenchSizes {
  tiny: boolean;
  /** Rows of the generated salary CSV (P1, P2, P8, P10, P11). */
  rows: number;
  /** Rows of the big import (P12); it runs only when asked for (BENCH_P12=1) or in the tiny run. */
  bigRows: number;
  runP12: boolean;
  /** Whether the figures that need Chromium and a built renderer run. */
  browser: boolean;
  /** Repetitions of the timed queries and renders. */
  runs: number;
  out: string;
}

export function benchSizes(): BenchSizes {
  const rows = num('BENCH_ROWS', tiny ? 2_000 : 1_000_000);
  return {
    tiny,
    rows,
    bigRows: num('BENCH_BIG_ROWS', rows * 5),
    runP12: tiny || process.env.BENCH_P12 === '1',
    browser: process.env.BENCH_BROWSER ? process.env.BENCH_BROWSER === '1' : !tiny,
    runs: num('BENCH_RUNS', tiny ? 2 : 7),
    out: process.env.BENCH_OUT ?? 'bench/results.json',
  };
}

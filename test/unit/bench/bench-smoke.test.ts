import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../../support/temp-core';

// `npm run bench` on tiny inputs: it must run every figure and write them all to its JSON file.
// Only the shape is checked, never whether a figure passes: tiny inputs on a shared machine
// measure nothing.
const tmp = tempDir('trajectory-bench-smoke-');
afterAll(() => tmp.remove());

/** Every figure of the performance budget, and the three reported beside P1. */
const FIGURE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P1-rss', 'P1-progress', 'P1-size'];
/** Need Chromium and a built renderer: skipped in the tiny run. */
const BROWSER_IDS = ['P4', 'P5', 'P6'];

function runBench(out: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/all.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_TINY: '1', BENCH_OUT: out, BENCH_BROWSER: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('npm run bench, tiny', () => {
  it('measures every figure against its baseline and writes them all to the results file', { timeout: 240_000 }, async () => {
    const out = path.join(tmp.dir, 'results.json');
    const { code, output } = await runBench(out);
    expect(code, output).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as { figures: Array<Record<string, unknown>> };
    expect(results.figures.map((f) => f.id)).toEqual(FIGURE_IDS);
    for (const f of results.figures) {
      if (BROWSER_IDS.includes(f.id as string)) {
        expect(f.skipped, `${String(f.id)}`).toBe('BENCH_BROWSER=0');
        continue;
      }
      expect(f.skipped, `${String(f.id)}: ${String(f.skipped)}`).toBeUndefined();
      for (const key of ['measured', 'baseline', 'ratio']) {
        expect(Number.isFinite(f[key]), `${String(f.id)}.${key} = ${String(f[key])}`).toBe(true);
      }
      expect(f.ratio).toBeCloseTo((f.measured as number) / (f.baseline as number), 9);
      expect(typeof f.pass, `${String(f.id)}.pass`).toBe('boolean');
      expect(f.target === null || typeof f.target === 'number').toBe(true);
    }
    // The table names every figure too.
    for (const id of FIGURE_IDS) expect(output).toMatch(new RegExp(`^${id} `, 'm'));
  });
});

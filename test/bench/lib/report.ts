import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compared, isSkipped, type Figure, type FigureResult } from './figure';

const num = (x: number): string => {
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
};

function targetText(f: Figure): string {
  if (f.target === null || f.compare === 'report') return 'report only';
  switch (f.compare) {
    case 'ratio':
      return `≤ ${f.target}×`;
    case 'overhead':
      return `≤ ${f.target} ${f.unit} over`;
    case 'at-least':
      return `≥ ${f.target} ${f.unit}`;
    default:
      return `≤ ${f.target} ${f.unit}`;
  }
}

function baselineText(f: Figure): string {
  // A 'value' or 'at-least' figure has no baseline run: its budget stands in.
  return f.compare === 'value' || f.compare === 'at-least' ? `(budget) ${num(f.baseline)}` : num(f.baseline);
}

function ratioText(f: Figure): string {
  return f.compare === 'overhead' ? `${num(f.ratio)}× (+${num(compared(f))})` : `${num(f.ratio)}×`;
}

/** The results as a plain-text table, one row per figure. */
export function table(results: readonly FigureResult[]): string {
  const header = ['figure', 'measured', 'baseline', 'ratio', 'target', 'pass'];
  const rows = results.map((f) =>
    isSkipped(f)
      ? [`${f.id} ${f.name}`, '—', '—', '—', '—', `skipped: ${f.skipped}`]
      : [`${f.id} ${f.name}`, `${num(f.measured)} ${f.unit}`, baselineText(f), ratioText(f), targetText(f), f.pass ? 'PASS' : 'FAIL'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface ResultsFile {
  figures: FigureResult[];
  rows: number;
  loadAverage: { start: string; end: string };
  finishedAt: string;
}

export function writeResults(file: string, results: ResultsFile): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

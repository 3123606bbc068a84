import { describe, expect, it } from 'vitest';
import { figure, medianInTurns } from '../../bench/lib/figure';
import { table } from '../../bench/lib/report';

const base = { id: 'PX', name: 'x', unit: 'ms' };

describe('bench figures', () => {
  it('a ratio figure passes when measured / baseline is at most its target', () => {
    expect(figure({ ...base, measured: 3, baseline: 2, compare: 'ratio', target: 1.5 })).toMatchObject({ ratio: 1.5, pass: true });
    expect(figure({ ...base, measured: 3.1, baseline: 2, compare: 'ratio', target: 1.5 }).pass).toBe(false);
  });

  it('an overhead figure compares measured − baseline with its target, not the ratio', () => {
    // 100× the baseline, but only 9.9 ms over it.
    expect(figure({ ...base, measured: 10, baseline: 0.1, compare: 'overhead', target: 10 }).pass).toBe(true);
    expect(figure({ ...base, measured: 10.2, baseline: 0.1, compare: 'overhead', target: 10 }).pass).toBe(false);
  });

  it('a value figure compares the measured value, and an at-least figure wants it at or above the target', () => {
    expect(figure({ ...base, measured: 4.9, baseline: 5, compare: 'value', target: 5 }).pass).toBe(true);
    expect(figure({ ...base, measured: 5.1, baseline: 5, compare: 'value', target: 5 }).pass).toBe(false);
    expect(figure({ ...base, measured: 3, baseline: 4, compare: 'at-least', target: 4 }).pass).toBe(false);
    expect(figure({ ...base, measured: 4, baseline: 4, compare: 'at-least', target: 4 }).pass).toBe(true);
  });

  it('two sides measured in turns: a, b, a, b…, the first pair left out, the median of each side', async () => {
    const calls: string[] = [];
    const side = (name: string, values: number[]) => async () => {
      calls.push(name);
      return values.shift() as number;
    };
    // The warm-up pair (100, 900) would move both medians if it were counted.
    const result = await medianInTurns(3, side('a', [100, 3, 1, 2]), side('b', [900, 20, 30, 10]));
    expect(result).toEqual([2, 20]);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
  });

  it('the table shows each figure with its target and verdict, and skipped ones with the reason', () => {
    const text = table([
      figure({ ...base, id: 'P1', measured: 3, baseline: 1, compare: 'ratio', target: 1.5 }),
      figure({ ...base, id: 'P8', measured: 12, baseline: 0.5, compare: 'overhead', target: 10 }),
      { id: 'P4', name: 'bundle', skipped: 'no built renderer' },
    ]);
    const [header, , p1, p8, p4] = text.split('\n');
    expect(header).toMatch(/^figure\s+measured\s+baseline\s+ratio\s+target\s+pass$/);
    expect(p1).toMatch(/^P1 x\s+3\.00 ms\s+1\.00\s+3\.00×\s+≤ 1\.5×\s+FAIL$/);
    expect(p8).toMatch(/\(\+11\.5\)\s+≤ 10 ms over\s+FAIL$/);
    expect(p4).toMatch(/skipped: no built renderer$/);
  });
});

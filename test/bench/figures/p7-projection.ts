// P7: a full recompute of five scenarios over 40 years (the comparison chart's worst case),
// median of many runs after a warm-up. Pure computation: no files, no database.
import { projectEarnings } from '@shared/domain/projection';
import { benchScenarios } from '../../support/projection-input';
import { figure, timeMany, type Figure } from '../lib/figure';
import type { BenchSizes } from '../lib/sizes';

export function projectionFigure(sizes: BenchSizes): Figure {
  const runs = sizes.tiny ? 50 : 2000;
  const scenarios = benchScenarios();
  const recompute = () => scenarios.map(projectEarnings);
  const years = recompute().reduce((sum, p) => sum + p.years.length, 0);
  if (years !== 5 * 40) throw new Error(`expected 200 projected years, got ${years}`);
  const ms = timeMany(runs, recompute, runs / 10);
  return figure({
    id: 'P7',
    name: `projection, ${scenarios.length} scenarios × 40 years`,
    unit: 'ms',
    measured: ms,
    baseline: 2,
    compare: 'value',
    target: 2,
    notes: [`median of ${runs}`],
  });
}

// P12: the big import against the 1M import scaled linearly (5M rows against 5 × the 1M import
// of the same run). Cost that grows faster than the rows shows as a ratio above 1.
import path from 'node:path';
import { writeSalaryCsv } from '../../support/salary-csv';
import { figure, type Figure } from '../lib/figure';
import { freshDatabase } from '../lib/fresh-database';
import type { BenchSizes } from '../lib/sizes';
import { importThroughRouter } from './salary-import';

export async function bigImportFigure(sizes: BenchSizes, dir: string, smallImportSeconds: number): Promise<Figure> {
  const csv = path.join(dir, 'salaries-big.csv');
  await writeSalaryCsv(csv, sizes.bigRows);
  const big = await importThroughRouter(await freshDatabase(dir, 'import-big.sqlite'), csv);
  const scale = sizes.bigRows / sizes.rows;
  return figure({
    id: 'P12',
    name: `import of ${sizes.bigRows.toLocaleString('en-US')} rows`,
    unit: 's',
    measured: big.seconds,
    baseline: smallImportSeconds * scale,
    compare: 'ratio',
    target: 1.3,
    notes: [`baseline: ${scale} × P1's import of ${sizes.rows.toLocaleString('en-US')} rows (${smallImportSeconds.toFixed(2)} s)`],
  });
}

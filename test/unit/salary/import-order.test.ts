import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/domain/salary-import';
import type { Result } from '@shared/ipc/result';
import { GENERATED_MAPPING, generatedRow, writeSalaryCsv } from '../../support/salary-csv';
import { openTempCore, tempDir } from '../../support/temp-core';

// The import appends records in the pay index's order (salary-import/staging.ts), so each index
// key lands at the end of the index; the file's order lives on in row_number.
const ROWS = 3_000;
let core: Awaited<ReturnType<typeof openTempCore>>;
let temp: ReturnType<typeof tempDir>;
let datasetKey = '';

beforeAll(async () => {
  core = await openTempCore();
  temp = tempDir('trajectory-import-order-');
  const file = path.join(temp.dir, 'rows.csv');
  await writeSalaryCsv(file, ROWS);
  const { token } = await core.files.register(file, 'rows.csv', false);
  const preview = (await core.router.dispatch('salary.previewImport', { token })) as Result<ImportPreview>;
  if (!preview.ok) throw new Error(preview.error.message);
  const result = (await core.router.dispatch('salary.importCsv', { token, name: 'rows', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING })) as Result<{ datasetId: string }>;
  if (!result.ok) throw new Error(result.error.message);
  datasetKey = result.value.datasetId;
});
afterAll(() => {
  core.dispose();
  temp.remove();
});

type Row = { total: number; area: string; level: string; title: string; year: number | null; rowNumber: number; base: number };
const rowsByInsertion = () =>
  core.store.sqlite
    .prepare(
      `SELECT r.total, r.area, r.level, r.title, IFNULL(r.year, -1) AS year, r.row_number AS rowNumber, r.base FROM salary_records r
       JOIN salary_datasets d ON d.id = r.dataset_id WHERE d.key = ? ORDER BY r.id`,
    )
    .all(datasetKey) as Row[];

describe('import order', () => {
  it('stores the records in the pay index order (total, area, level, title, year), ties in file order', () => {
    const rows = rowsByInsertion();
    expect(rows).toHaveLength(ROWS);
    // The generated file is in no pay order, so file order and stored order differ.
    expect(rows.some((r, i) => i > 0 && r.rowNumber < (rows[i - 1] as Row).rowNumber)).toBe(true);
    const key = (r: Row) => [r.total, r.area, r.level, r.title, r.year ?? -1, r.rowNumber] as const;
    const outOfOrder = rows.findIndex((r, i) => {
      if (i === 0) return false;
      const a = key(rows[i - 1] as Row);
      const b = key(r);
      for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] as number | string) > (b[k] as number | string);
      return false;
    });
    expect(outOfOrder).toBe(-1);
  });

  it('keeps every row of the file exactly once, with its line number', () => {
    const rows = rowsByInsertion();
    const byLine = new Map(rows.map((r) => [r.rowNumber, r]));
    expect(byLine.size).toBe(ROWS);
    for (let i = 1; i <= ROWS; i++) {
      const cells = generatedRow(i);
      expect(byLine.get(i + 1)).toMatchObject({ title: cells[0], level: cells[1], area: cells[2], base: Number(cells[3]) });
    }
  });
});

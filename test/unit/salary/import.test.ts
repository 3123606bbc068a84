import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportProgress } from '@shared/domain/salary-import';
import type { Result } from '@shared/ipc/result';
import { GENERATED_MAPPING, writeSalaryCsv } from '../../support/salary-csv';
import { REPO_ROOT, openTempCore, tempDir } from '../../support/temp-core';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/csv');
type TempCore = Awaited<ReturnType<typeof openTempCore>>;
let core: TempCore;
let temp: ReturnType<typeof tempDir>;

beforeEach(async () => {
  core = await openTempCore();
  temp = tempDir('trajectory-import-');
});
afterEach(() => {
  core.dispose();
  temp.remove();
});

const call = <T>(path: string, input?: unknown) => core.router.dispatch(path, input) as Promise<Result<T>>;

async function valueOf<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function preview(file: string): Promise<ImportPreview> {
  const { token } = await core.files.register(file, path.basename(file), false);
  return valueOf(call<ImportPreview>('salary.previewImport', { token }));
}

function importWith(p: ImportPreview, extra: Record<string, unknown> = {}) {
  return call<{ datasetId: string; rowCount: number }>('salary.importCsv', {
    token: p.token,
    name: p.fileName,
    encoding: p.encoding,
    delimiter: p.delimiter,
    mapping: p.mapping,
    ...extra,
  });
}

const count = (sql: string) => core.store.sqlite.prepare(sql).pluck().get() as number;
const userDatasets = () => count("SELECT COUNT(*) FROM salary_datasets WHERE standing = 'user'");
const records = () => count('SELECT COUNT(*) FROM salary_records');

describe('import preview', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', ',', 'Zürich'],
    ['utf16le-tab.csv', 'utf-16le', '\t', 'Zürich'],
    ['windows-1252.csv', 'windows-1252', ',', 'Malmö'],
    ['semicolon-eu.csv', 'utf-8', ';', 'Berlin'],
    ['pipe.csv', 'utf-8', '|', 'Zürich'],
    ['crlf.csv', 'utf-8', ',', 'Zürich'],
  ])('%s: detects %s and %j, and decodes the text', async (file, encoding, delimiter, area) => {
    const p = await preview(path.join(FIXTURES, file));
    expect(p.encoding).toBe(encoding);
    expect(p.delimiter).toBe(delimiter);
    expect(p.header[0]).toBe('title');
    expect(p.header.at(-1)).toBe('date');
    expect(p.rows.map((r) => r[2])).toContain(area);
    expect(p.mapping).toMatchObject({ title: 0, level: 1, area: 2, base: 3, bonus: 4, date: 5 });
  });

  it('keeps a quoted field with a newline and doubled quotes as one cell', async () => {
    const p = await preview(path.join(FIXTURES, 'quoted-newlines.csv'));
    expect(p.rows).toEqual([
      ['Backend Engineer, Payments', 'Seattle', '180000', 'first line\nsecond line'],
      ['Backend Engineer', 'Seattle', '170000', 'said "hi" on call'],
    ]);
  });

  it('refuses an empty file with a message that says so', async () => {
    const { token } = await core.files.register(path.join(FIXTURES, 'empty.csv'), 'empty.csv', false);
    const result = await call('salary.previewImport', { token });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/empty\.csv is empty/) } });
  });

  it('refuses a file that is not text, naming the file and what it looks like', async () => {
    const png = path.join(temp.dir, 'photo.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]));
    const { token } = await core.files.register(png, 'photo.csv', false);
    const result = await call('salary.previewImport', { token });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^photo\.csv is not a text file: it looks like a PNG image/) } });
  });
});

describe('import', () => {
  it('imports every row as a named dataset with its provenance, and lists it', async () => {
    const p = await preview(path.join(FIXTURES, 'utf8-bom.csv'));
    const result = await valueOf(importWith(p, { name: 'My offers', note: 'from recruiters' }));
    expect(result.rowCount).toBe(6);
    const datasets = await valueOf(call<{ id: string; name: string; rowCount: number; standing: string; provenance: string }[]>('data.listDatasets'));
    const mine = datasets.find((d) => d.id === result.datasetId);
    expect(mine).toMatchObject({ name: 'My offers', rowCount: 6, standing: 'user' });
    expect(mine?.provenance).toMatch(/utf8-bom\.csv/);
    expect(mine?.provenance).toMatch(/from recruiters/);
    const zurich = core.store.sqlite.prepare("SELECT base, bonus, total, year FROM salary_records WHERE area = 'Zürich' AND level = 'mid' ORDER BY base").all();
    expect(zurich).toEqual([
      { base: 120000, bonus: 10000, total: 130000, year: 2024 },
      { base: 125000, bonus: 8000, total: 133000, year: 2024 },
    ]);
  });

  it('reads European amounts in a ;-separated file', async () => {
    const p = await preview(path.join(FIXTURES, 'semicolon-eu.csv'));
    await valueOf(importWith(p));
    expect(core.store.sqlite.prepare('SELECT base FROM salary_records ORDER BY base').pluck().all()).toEqual([58000, 72000.5, 95000]);
  });

  it('refuses a second import of the same file unless asked, then adds it once more', async () => {
    const file = path.join(FIXTURES, 'crlf.csv');
    await valueOf(importWith(await preview(file)));
    const again = await preview(file);
    expect(again.duplicateOf).not.toBeNull();
    const refused = await importWith(again);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already imported/) } });
    expect(records()).toBe(6);
    await valueOf(importWith(again, { allowDuplicate: true }));
    expect(records()).toBe(12);
    expect(userDatasets()).toBe(2);
  });

  it('remembers the mapping for a header it has seen', async () => {
    const first = await preview(path.join(FIXTURES, 'utf8-bom.csv'));
    await valueOf(importWith(first, { mapping: { base: 3, area: 2 } }));
    const second = await preview(path.join(FIXTURES, 'crlf.csv'));
    expect(second.mappingRemembered).toBe(true);
    expect(second.mapping).toEqual({ base: 3, area: 2 });
  });

  it.each([
    ['non-numeric.csv', ['row 2, column base: "lots" is not an amount of money', 'row 3, column base: "n/a" is not an amount of money']],
    [
      'negative-absurd.csv',
      ['row 2, column base: -5000 is negative: pay cannot be below 0', 'row 3, column base: 12000000 is over 10,000,000 — check for an extra zero'],
    ],
    ['ragged.csv', ['row 3: has 2 columns, the header has 3', 'row 4: has 4 columns, the header has 3']],
  ])('rejects %s with every bad row named, and writes nothing', async (file, messages) => {
    const before = count('SELECT COUNT(*) FROM salary_datasets');
    const result = await importWith(await preview(path.join(FIXTURES, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues.map((i) => i.message)).toEqual(messages);
    expect(result.error.message).toMatch(/Nothing was written/);
    expect(count('SELECT COUNT(*) FROM salary_datasets')).toBe(before);
    expect(records()).toBe(0);
  });

  it('rejects a header-only file', async () => {
    const result = await importWith(await preview(path.join(FIXTURES, 'header-only.csv')));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/no data rows/) } });
    expect(userDatasets()).toBe(0);
  });

  it('lists the first 50 errors and counts the rest', async () => {
    const file = path.join(temp.dir, 'bad.csv');
    await writeSalaryCsv(file, 300);
    // Every base becomes non-numeric by pointing the base mapping at the title column.
    const p = await preview(file);
    const result = await importWith(p, { mapping: { ...GENERATED_MAPPING, base: 0 } });
    if (result.ok) throw new Error('should fail');
    const issues = result.error.details?.issues ?? [];
    expect(issues).toHaveLength(51);
    expect(issues[0]?.message).toBe('row 2, column title: "Platform Engineer" is not an amount of money');
    expect(issues[50]?.message).toBe('…and 250 more');
  });

  it('rolls back everything when the last row of a large file is bad', async () => {
    const file = path.join(temp.dir, 'late-error.csv');
    await writeSalaryCsv(file, 30_000, { badRowAt: 30_000 });
    const result = await importWith(await preview(file));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ message: 'row 30001, column base: "lots" is not an amount of money' }] } } });
    expect(records()).toBe(0);
    expect(userDatasets()).toBe(0);
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('streams progress, keeps answering other calls, and a cancel leaves the database as it was', async () => {
    const file = path.join(temp.dir, 'big.csv');
    await writeSalaryCsv(file, 150_000);
    const p = await preview(file);
    const seen: ImportProgress[] = [];
    let answeredMidImport = false;
    let cancelling = false;
    const unsubscribe = core.events.subscribe((event, payload) => {
      if (event !== 'importProgress') return;
      const progress = payload as ImportProgress;
      seen.push(progress);
      // The first event comes as the import begins (no rows yet); cancel once rows are coming in.
      if (progress.phase === 'importing' && progress.rows > 0 && !cancelling) {
        cancelling = true;
        void call('salary.listOccupations').then((r) => {
          answeredMidImport = r.ok;
          return call('salary.cancelImport', { token: p.token });
        });
      }
    });
    const result = await importWith(p);
    unsubscribe();
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(answeredMidImport).toBe(true);
    expect(seen[0]).toMatchObject({ phase: 'importing', rows: 0, totalBytes: p.sizeBytes });
    expect(seen.some((progress) => progress.phase === 'importing' && progress.rows > 0)).toBe(true);
    expect(seen.at(-1)?.phase).toBe('cancelled');
    expect(records()).toBe(0);
    expect(userDatasets()).toBe(0);
  });
});

describe('datasets', () => {
  it('renames an import and deletes only its rows; bundled datasets cannot be deleted', async () => {
    const a = await valueOf(importWith(await preview(path.join(FIXTURES, 'utf8-bom.csv'))));
    const b = await valueOf(importWith(await preview(path.join(FIXTURES, 'pipe.csv'))));
    const bands = count('SELECT COUNT(*) FROM salary_bands');
    await expect(valueOf(call('data.renameDataset', { id: a.datasetId, name: 'Renamed' }))).resolves.toMatchObject({ name: 'Renamed' });
    await expect(valueOf(call('data.deleteDataset', { id: a.datasetId }))).resolves.toEqual({ deletedRecords: 6 });
    // Hidden at once; its rows are purged by the worker in the background.
    expect((await valueOf(call<{ id: string }[]>('data.listDatasets'))).map((d) => d.id)).not.toContain(a.datasetId);
    await core.jobs.idle();
    expect(count(`SELECT COUNT(*) FROM salary_records WHERE dataset_id = (SELECT id FROM salary_datasets WHERE key = '${b.datasetId}')`)).toBe(6);
    expect(records()).toBe(6);
    expect(count('SELECT COUNT(*) FROM salary_imports')).toBe(1);
    expect(count('SELECT COUNT(*) FROM salary_bands')).toBe(bands);
    expect(await call('data.deleteDataset', { id: 'bls-oews-2025' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('percentiles of an import', () => {
  it('groups records, computes bands by the documented method, and marks small groups as too few', async () => {
    const { datasetId } = await valueOf(importWith(await preview(path.join(FIXTURES, 'utf8-bom.csv'))));
    const byArea = await valueOf(call<{ recordCount: number; groups: { label: string; count: number; tooFew: boolean; p50: number | null }[] }>('salary.percentiles', { datasetId, groupBy: ['area'] }));
    expect(byArea.recordCount).toBe(6);
    expect(byArea.groups.map((g) => [g.label, g.count, g.tooFew])).toEqual([
      ['Zürich', 4, true],
      ['Malmö', 1, true],
      ['São Paulo', 1, true],
    ]);
    const all = await valueOf(call<{ groups: { label: string; p10: number; p50: number; p90: number }[] }>('salary.percentiles', { datasetId, groupBy: [] }));
    // Totals sorted: 65000, 90000, 130000, 133000, 170000, 220000; n = 6, h = 5p.
    expect(all.groups).toEqual([expect.objectContaining({ label: 'All records', p10: 77500, p50: 131500, p90: 195000 })]);
  });
});

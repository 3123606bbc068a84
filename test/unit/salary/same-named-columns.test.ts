import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/domain/salary-import';
import { guessMapping, normaliseHeader } from '@shared/domain/salary-import-guess';
import { lookAlikeColumns, sameNamedColumns } from '@shared/domain/salary-import-header';
import type { Result } from '@shared/ipc/result';
import { openTempCore, tempDir } from '../../support/temp-core';

describe('columns with the same name', () => {
  it('finds two columns named alike in case and spacing, never two unnamed ones', () => {
    expect(sameNamedColumns(['title', 'Pay', 'area', ' pay '])).toEqual({ first: 1, second: 3 });
    expect(sameNamedColumns(['title', 'base  salary', 'Base Salary'])).toEqual({ first: 1, second: 2 });
    expect(sameNamedColumns(['title', '', 'pay', ''])).toBeNull();
    expect(sameNamedColumns(['Base Salary', 'base_salary'])).toBeNull();
  });

  it('leaves names that read the same to the user instead of guessing one of them', () => {
    expect(lookAlikeColumns(['Title', 'Base Salary', 'base_salary'])).toEqual([{ first: 1, second: 2 }]);
    expect(guessMapping(['Title', 'Base Salary', 'base_salary'])).toEqual({ title: 0 });
    expect(guessMapping(['Title', 'Base Salary', 'Bonus'])).toEqual({ title: 0, base: 1, bonus: 2 });
  });

  it('never guesses a column whose name another column shares (property)', () => {
    const word = fc.constantFrom('Pay', 'pay', 'Base Salary', 'base_salary', 'Title', 'Level', 'City', 'Year', 'Bonus', 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), (header) => {
        const normals = header.map(normaliseHeader);
        for (const column of Object.values(guessMapping(header))) {
          expect(normals.filter((n) => n === normals[column])).toHaveLength(1);
        }
      }),
    );
  });
});

describe('a file with two columns of the same name, through the core', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  const temp = tempDir('trajectory-same-named-');
  beforeAll(async () => {
    core = await openTempCore();
  });
  afterAll(() => {
    core.dispose();
    temp.remove();
  });

  const call = <T>(method: string, input: unknown) => core.router.dispatch(method, input) as Promise<Result<T>>;
  async function register(name: string, text: string): Promise<string> {
    const file = path.join(temp.dir, name);
    writeFileSync(file, text);
    return (await core.files.register(file, name, false)).token;
  }
  const MESSAGE =
    'pay.csv has two columns with the same name: "pay" (column 2) and "Pay" (column 4). Rename one of them and choose the file again, so that it is clear which one holds what.';

  it('is refused at the preview, naming the column and both positions, and the file is let go', async () => {
    const token = await register('pay.csv', 'title,pay,area,Pay\nSWE,100000,Seattle,90000\n');
    expect(await call('salary.previewImport', { token })).toEqual({ ok: false, error: { code: 'VALIDATION', message: MESSAGE } });
    expect(await call('salary.previewImport', { token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is refused by the import itself too, with nothing written', async () => {
    const token = await register('pay.csv', 'title,pay,area,Pay\nSWE,100000,Seattle,90000\n');
    const result = await call('salary.importCsv', { token, name: 'pay', encoding: 'utf-8', delimiter: ',', mapping: { title: 0, base: 3 } });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: MESSAGE } });
    expect(core.store.sqlite.prepare("SELECT COUNT(*) FROM salary_datasets WHERE standing = 'user'").pluck().get()).toBe(0);
  });

  it('previews names that only read the same with neither mapped and a warning naming both', async () => {
    const token = await register('offers.csv', 'Title,Base Salary,base_salary\nSWE,100000,90000\n');
    const preview = await call<ImportPreview>('salary.previewImport', { token });
    expect(preview).toMatchObject({
      ok: true,
      value: {
        mapping: { title: 0 },
        warnings: ['"Base Salary" (column 2) and "base_salary" (column 3) have nearly the same name: neither was mapped for you. Choose below which one holds what.'],
      },
    });
  });
});

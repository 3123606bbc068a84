import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const DATA = path.resolve(import.meta.dirname, '../../resources/data');
const occupationsIn = (...files: string[]) =>
  new Set(
    files.flatMap((f) =>
      Papa.parse<Record<string, string>>(readFileSync(path.join(DATA, f), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r.occ_code),
    ),
  ).size;

test('data sources list BLS with its occupations and the article as an unsourced claim', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Data sources' }).click();
  const bls = app.getByRole('article', { name: /BLS OEWS May 2025/ });
  await expect(bls).toBeVisible();
  await expect(bls.getByText('Official statistics')).toBeVisible();
  await expect(bls.getByText('Public domain (work of the U.S. Government, 17 U.S.C. §105)')).toBeVisible();
  await expect(bls.getByTestId('occupation-count')).toHaveText(
    String(occupationsIn('oews-software-developers-msa.csv', 'oews-tech-occupations-msa.csv')),
  );
  await expect(bls.getByTestId('row-count')).toHaveText('4,011');
  await bls.getByText('Provenance').click();
  await expect(bls.getByText(/17 U\.S\.C\. §105\)\./)).toBeVisible();

  const article = app.getByRole('article', { name: /33 Real Backend Developer Salaries/ });
  await expect(article.getByText('Unsourced claim — not data')).toBeVisible();
  await expect(article.getByTestId('row-count')).toHaveText('3');
});

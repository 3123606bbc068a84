import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSalaryCsv } from '../support/salary-csv';
import { expect, test } from './fixtures';

test('the explorer shows BLS bands for an occupation and exports its table as CSV', async ({ app }) => {
  await app.getByRole('link', { name: 'Salary' }).click();
  await expect(app.getByRole('heading', { name: 'Software Developers' })).toBeVisible();
  const table = app.getByRole('table', { name: /Software Developers: pay percentiles/ });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('$135,980');
  await expect(app.getByText(/A mapping, not data/)).toBeVisible();

  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFFArea or group,Dataset,Year,Jobs or records,10th percentile')).toBe(true);
  expect(text).toMatch(/BLS OEWS May 2025 — computer occupations,2025,\d+,\d+,\d+,135980,/);
});

test('the article cities sit beside BLS, labelled as an unsourced claim', async ({ app }) => {
  await app.getByRole('link', { name: 'Salary' }).click();
  await app.getByRole('tab', { name: 'Article’s cities' }).click();
  const table = app.getByRole('table', { name: /Article cities/ });
  await expect(table.getByRole('row')).toHaveCount(17);
  await expect(table.getByRole('row', { name: /San Francisco/ })).toContainText('$105,000–$180,000');
  await expect(table.getByRole('row', { name: /Boise/ })).toContainText('—');
  // All 16 cities in sight: no box around the table cuts its rows off (it used to hide two).
  const clipped = await table.evaluate((el) => {
    const bottom = el.getBoundingClientRect().bottom;
    const boxes: string[] = [];
    for (let box = el.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowY !== 'visible' && box !== document.documentElement && box !== document.body && box.getBoundingClientRect().bottom < bottom - 1) {
        boxes.push(box.className);
      }
    }
    return boxes;
  });
  expect(clipped).toEqual([]);
  await expect(app.getByText(/drawn as its claim, beside BLS figures/)).toBeVisible();
});

/** Records, from now on, every text the import progress bar shows, however briefly it is there. */
async function recordProgressBar(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressTexts: string[] }).progressTexts = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (bar?.textContent && seen.at(-1) !== bar.textContent) seen.push(bar.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
}

test('importing a CSV shows progress, then its bands appear in the explorer', async ({ app }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-e2e-csv-'));
  try {
    const csv = path.join(dir, 'offers.csv');
    // Small enough to import quickly on a loaded machine: the progress bar is recorded however short it shows.
    await writeSalaryCsv(csv, 20_000);
    await app.getByRole('link', { name: 'Salary' }).click();
    await app.getByLabel('Import CSV…').setInputFiles(csv);
    await expect(app.getByRole('table', { name: /First rows of offers\.csv \(UTF-8, comma-separated\)/ })).toBeVisible();
    await expect(app.getByLabel('Base pay')).toHaveValue('3');
    await app.getByLabel('Dataset name').fill('Generated offers');
    const progressTexts = await recordProgressBar(app);
    await app.getByRole('button', { name: 'Import offers.csv' }).click();
    await expect(app.getByText(/Imported 20,000 rows as “Generated offers”/)).toBeVisible();
    expect((await progressTexts()).some((text) => /^Importing offers\.csv.*rows · [\d,]+ rows\/s/.test(text))).toBe(true);

    await app.getByRole('button', { name: 'Show its bands' }).click();
    await expect(app.getByRole('heading', { name: 'Generated offers' })).toBeVisible();
    const table = app.getByRole('table', { name: /Generated offers: pay percentiles/ });
    for (const level of ['entry', 'junior', 'mid', 'senior', 'staff']) {
      await expect(table.getByRole('row', { name: new RegExp(`^${level} `) })).toBeVisible();
    }

    await app.getByRole('tab', { name: 'Your data' }).click();
    await expect(app.getByText('20,000 rows', { exact: true })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rejected import lists row and column of each problem and writes nothing', async ({ app }) => {
  await app.getByRole('link', { name: 'Salary' }).click();
  await app.getByLabel('Import CSV…').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/csv/negative-absurd.csv'));
  await app.getByRole('button', { name: 'Import negative-absurd.csv' }).click();
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('row 2, column base: -5000 is negative: pay cannot be below 0');
  await expect(alert).toContainText('row 3, column base: 12000000 is over 10,000,000');
  await app.getByRole('tab', { name: 'Your data' }).click();
  await expect(app.getByText(/You have not imported any salary data yet/)).toBeVisible();
});

import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { rpc, seedFirstHour } from './seed';
import { startHost, tempDbFile } from './web-host';

test('all personal data goes out as one JSON file and comes back into a fresh database with Replace', async ({ app, host, browser }, testInfo) => {
  // Two hosts start in this test, each compiling its worker from source on a shared machine.
  test.setTimeout(240_000);
  await seedFirstHour(app, host);
  await rpc(app, host, 'skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
  await rpc(app, host, 'roadmap.create', { name: 'Platform path' });

  await app.getByRole('link', { name: 'Settings' }).click();
  const section = app.getByRole('region', { name: 'Personal data file' });
  const downloaded = app.waitForEvent('download');
  await section.getByRole('button', { name: 'Export my data' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^trajectory-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('my-data.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; goals: Array<{ title: string }> };
  expect(exported).toMatchObject({ format: 'trajectory-personal-data', version: 1, goals: [{ title: 'Docker to proficient' }] });

  // A fresh host on an empty database, in a new tab.
  const fresh = tempDbFile();
  const other = await startHost(fresh.file);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(other.openUrl);
    await page.getByRole('link', { name: 'Settings' }).click();
    const target = page.getByRole('region', { name: 'Personal data file' });
    await target.getByLabel('Import a file…').setInputFiles(file);
    const holds = target.getByLabel('What the file holds');
    // The fresh host's worker may still be compiling from source: wait for the preview as long as it takes.
    await expect(holds).toContainText('Custom skills1', { timeout: 120_000 });
    await expect(holds).toContainText('Goals1');
    await target.getByRole('button', { name: 'Replace…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace all your data?' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'Replace all your data?');
    await dialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(target.getByRole('region', { name: 'Import result' })).toContainText('Your data was replaced by the file', { timeout: 60_000 });

    await page.getByRole('link', { name: 'Goals' }).click();
    await expect(page.getByText('Docker to proficient').first()).toBeVisible();
    await page.getByRole('link', { name: 'Skills', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Temporal');
    await expect(page.getByRole('link', { name: /Temporal workflows/ }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Roadmap' }).click();
    // The roadmap came back, still the active one.
    await expect(page.getByRole('option', { name: 'Platform path (active)' })).toHaveCount(1);
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByLabel('Current annual salary')).toHaveValue(/150,?000/);
  } finally {
    await context.close();
    await other.stop();
    fresh.remove();
  }
});

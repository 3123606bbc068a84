import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { afterRestart } from './web-host';

async function fillProfile(page: Page) {
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Occupation').selectOption('15-1252');
  const area = page.getByRole('combobox', { name: 'Area' });
  await area.fill('austin');
  await page.getByRole('option', { name: /Austin-Round Rock-San Marcos, TX/ }).click();
  await page.getByLabel('Career level').selectOption('senior');
  await page.getByLabel('Years of experience').fill('7');
  await page.getByLabel('Current annual salary').fill('165000');
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Learning hours per week').fill('6');
  await page.getByLabel('Planning horizon (years)').fill('8');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('form', { name: 'Profile' }).getByRole('status')).toHaveText('Profile saved.');
}

async function expectProfile(page: Page) {
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Occupation')).toHaveValue('15-1252');
  await expect(page.getByRole('combobox', { name: 'Area' })).toHaveValue('Austin-Round Rock-San Marcos, TX');
  await expect(page.getByLabel('Career level')).toHaveValue('senior');
  await expect(page.getByLabel('Years of experience')).toHaveValue('7');
  await expect(page.getByLabel('Current annual salary')).toHaveValue('165000');
  await expect(page.getByLabel('Learning hours per week')).toHaveValue('6');
  await expect(page.getByLabel('Planning horizon (years)')).toHaveValue('8');
}

test('a new user is pointed to the profile first', { tag: '@desktop' }, async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Start with your profile' })).toBeVisible();
  await app.getByRole('link', { name: 'Fill in your profile' }).click();
  await expect(app.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
});

test('profile persists across a reload and a restart of the host on the same database', async ({ app, host, browser }) => {
  await fillProfile(app);
  await app.reload();
  await expectProfile(app);

  await app.getByRole('link', { name: 'Dashboard' }).click();
  // Exact: the where-you-stand line above names the area and the salary too.
  await expect(app.getByText('Austin-Round Rock-San Marcos, TX', { exact: true })).toBeVisible();
  await expect(app.getByText('$165,000', { exact: true })).toBeVisible();

  await afterRestart(app, host, browser, expectProfile);
});

test('invalid input shows field-level errors and saves nothing', async ({ app, host }) => {
  await app.getByRole('link', { name: 'Profile', exact: true }).click();
  await app.getByLabel('Years of experience').fill('-2');
  await app.getByLabel('Planning horizon (years)').fill('99');
  await app.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.getByText('Choose an area')).toBeVisible();
  await expect(app.getByText('Choose a career level')).toBeVisible();
  await expect(app.getByText('Years of experience cannot be negative')).toBeVisible();
  await expect(app.getByText('Planning horizon must be at most 40')).toBeVisible();
  await expect(app.getByLabel('Years of experience')).toHaveAttribute('aria-invalid', 'true');

  const stored = await app.request.post(`${host.url}rpc/profile.get`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: {},
  });
  expect(await stored.json()).toEqual({ ok: true, value: null });
});

test('the area box finds areas as you type and says when nothing matches', async ({ app }) => {
  await app.getByRole('link', { name: 'Profile', exact: true }).click();
  const area = app.getByRole('combobox', { name: 'Area' });
  await area.fill('new york');
  await expect(app.getByRole('option', { name: /^New York\s*State$/ })).toBeVisible();
  await expect(app.getByRole('option', { name: /New York-Newark-Jersey City/ })).toBeVisible();
  await area.fill('qqqq');
  await expect(app.getByText('No area matches “qqqq”.')).toBeVisible();
});

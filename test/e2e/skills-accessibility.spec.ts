import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`skills, skill page, goals, dashboard and the log-study dialog are accessible (${theme} theme)`, async ({ app }) => {
    await app.evaluate((t) => localStorage.setItem('trajectory.theme', t), theme);
    await app.reload();
    await app.getByRole('link', { name: 'Skills', exact: true }).click();
    await app.getByRole('button', { name: 'Databases', exact: true }).click();
    await app.getByRole('link', { name: 'PostgreSQL', exact: true }).click();
    await app.getByLabel('Status').selectOption('learning');
    await app.getByLabel('Level', { exact: true }).selectOption('2');
    await expect(app.getByRole('list', { name: 'History' })).toContainText('Level 0 → 2');
    await expectNoSeriousViolations(app, 'Skill page');

    await app.getByRole('button', { name: 'Log study' }).first().click();
    await expect(app.getByRole('dialog', { name: 'Log study' })).toBeVisible();
    await expectNoSeriousViolations(app, 'Log study dialog');
    await app.getByRole('dialog').getByLabel('Minutes').fill('40');
    await app.getByRole('dialog').getByRole('button', { name: 'Log study' }).click();
    await expect(app.getByRole('dialog')).toBeHidden();

    await app.getByRole('link', { name: 'Skills', exact: true }).click();
    await expect(app.getByRole('img', { name: 'Current and target level by category' })).toBeVisible();
    await expectNoSeriousViolations(app, 'Skills');
    await app.getByRole('link', { name: 'Goals', exact: true }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Goals');
    await expectNoSeriousViolations(app, 'Goals');
    await app.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(app.getByRole('list', { name: /1 day with study/ })).toBeAttached();
    await expectNoSeriousViolations(app, 'Dashboard');
  });
}

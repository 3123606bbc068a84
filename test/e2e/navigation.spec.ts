import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedFirstHour } from './seed';

const focusedHeading = (page: Page) => page.locator('h1:focus');

test('changing screens moves focus to the new screen’s heading', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Skills', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(focusedHeading(app)).toHaveText('Skills');

  // Opening a skill is a change of screen too (Databases, with nothing started, opens first).
  await app.getByRole('button', { name: 'Databases', exact: true }).click();
  await app.getByRole('link', { name: 'PostgreSQL', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(focusedHeading(app)).toHaveText('PostgreSQL');

  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(focusedHeading(app)).toHaveText('Goals');
});

test('on a skill’s page the sidebar marks Skills as the current screen', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await app.getByRole('button', { name: 'Databases', exact: true }).click();
  await app.getByRole('link', { name: 'PostgreSQL', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'PostgreSQL', level: 1 })).toBeVisible();
  const sidebar = app.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: 'Skills', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
});

test('the skip link is the first tab stop and lands on the screen’s heading', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(focusedHeading(app)).toHaveText('Goals');
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await app.keyboard.press('Tab');
  const skip = app.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await app.keyboard.press('Enter');
  await expect(focusedHeading(app)).toHaveText('Goals');
  // It jumps without changing screens (the app routes on the URL's hash).
  await expect(app).toHaveURL(/#\/goals$/);
});

test('deleting a goal leaves focus on the goal list, not on the page body', async ({ app, host }) => {
  await seedFirstHour(app, host);
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await app.getByRole('button', { name: 'Delete goal Docker to proficient' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText('No goals yet.')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Your goals' })).toBeFocused();
});

test('L does nothing while a select of the skill page has focus', async ({ app }) => {
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await app.getByRole('button', { name: 'Databases', exact: true }).click();
  await app.getByRole('link', { name: 'PostgreSQL', exact: true }).click();
  const level = app.getByLabel('Level', { exact: true });
  await level.focus();
  await app.keyboard.press('l');
  await app.getByLabel('Target level').focus();
  await app.keyboard.press('l');
  await app.getByRole('button', { name: 'Save estimate' }).focus();
  await app.keyboard.press('l');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  // Outside form controls the shortcut works: the check above is not vacuous.
  await app.getByRole('heading', { name: 'PostgreSQL', level: 1 }).focus();
  await app.keyboard.press('l');
  await expect(app.getByRole('dialog', { name: 'Log study' })).toBeVisible();
});

const SCREENS = ['Dashboard', 'Salary', 'Skills', 'Goals', 'Roadmap', 'Projection', 'Plan', 'Profile', 'Data sources'];

async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.page, `${where}: the page is ${widths.page} px wide in a ${widths.window} px window`).toBeLessThanOrEqual(widths.window);
}

for (const width of [800, 900]) {
  test(`at ${width} px no screen scrolls sideways and the sidebar keeps only its icons`, async ({ app, host }) => {
    await app.setViewportSize({ width, height: 800 });
    await seedFirstHour(app, host);
    const sidebar = app.getByRole('navigation', { name: 'Main' });
    expect((await sidebar.boundingBox())?.width).toBeLessThan(80);
    // The labels are hidden from sight, not from screen readers: the links keep their names.
    for (const name of SCREENS) await expect(sidebar.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(sidebar.getByText('Dashboard', { exact: true })).not.toBeInViewport();

    for (const name of SCREENS) {
      await sidebar.getByRole('link', { name, exact: true }).click();
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(name);
      await expectNoSidewaysScroll(app, name);
    }
    await sidebar.getByRole('link', { name: 'Salary', exact: true }).click();
    await expect(app.getByRole('table', { name: /Software Developers: pay percentiles/ }).getByRole('row')).toHaveCount(3);
    await expectNoSidewaysScroll(app, 'Salary explorer with its tables');
    for (const tab of ['Article’s cities', 'Your data']) {
      await app.getByRole('tab', { name: tab }).click();
      await expect(app.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expectNoSidewaysScroll(app, tab);
    }
    await sidebar.getByRole('link', { name: 'Skills', exact: true }).click();
    await app.getByRole('link', { name: 'Docker', exact: true }).click();
    await expect(app.getByRole('heading', { name: 'Docker', level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(app, 'Skill page');
  });
}

test('wide windows show the sidebar with its labels', { tag: '@desktop' }, async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  const sidebar = app.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByText('Dashboard', { exact: true })).toBeInViewport();
  await expect(sidebar.getByText('Log study', { exact: true })).toBeInViewport();
});

test('the sidebar and its Log study button stay in view while the page scrolls', async ({ app, host }) => {
  await app.setViewportSize({ width: 1280, height: 600 });
  await seedFirstHour(app, host);
  await app.getByRole('link', { name: 'Salary', exact: true }).click();
  const footer = app.getByText(/^Sources: BLS OEWS May 2025/);
  await footer.scrollIntoViewIfNeeded();
  await expect(footer).toBeInViewport();
  expect(await app.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const sidebar = app.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('button', { name: 'Log study' })).toBeInViewport();
  await expect(sidebar.getByRole('link', { name: 'Dashboard', exact: true })).toBeInViewport();
  await sidebar.getByRole('button', { name: 'Log study' }).click();
  await expect(app.getByRole('dialog', { name: 'Log study' })).toBeVisible();
});

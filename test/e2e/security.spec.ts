import { expect, test } from './fixtures';

test('RPC without the token is refused with 401', async ({ app, host }) => {
  const response = await app.request.post(`${host.url}rpc/profile.get`, { data: {} });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  const wrong = await app.request.post(`${host.url}rpc/profile.get`, { data: {}, headers: { Authorization: 'Bearer nope' } });
  expect(wrong.status()).toBe(401);
});

test('every screen opens with no console errors and no request off this machine', { tag: '@desktop' }, async ({ app }) => {
  for (const name of ['Dashboard', 'Salary', 'Skills', 'Goals', 'Roadmap', 'Projection', 'Plan', 'Profile', 'Data sources']) {
    await app.getByRole('link', { name, exact: true }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(app.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the token is taken out of the address bar', async ({ app }) => {
  expect(app.url()).not.toContain('token=');
  await app.reload();
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the page without a token explains how to connect', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toContainText('open the address the web host printed');
});

test('the theme toggle switches light and dark and remembers the choice', { tag: '@desktop' }, async ({ app }) => {
  const theme = () => app.evaluate(() => document.documentElement.dataset.theme ?? 'system');
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await app.getByRole('button', { name: /Theme: Match the system/ }).click();
  expect(await theme()).toBe('light');
  const light = await background();
  await app.getByRole('button', { name: /Theme: Light/ }).click();
  expect(await theme()).toBe('dark');
  expect(await background()).not.toBe(light);
  await app.reload();
  expect(await theme()).toBe('dark');
});

test('charts redraw in the new theme when it changes', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Salary', exact: true }).click();
  const chart = app.getByRole('img', { name: /pay bands/ });
  await expect(chart).toBeVisible();
  await app.getByRole('button', { name: /Theme: Match the system/ }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  // The canvas's own pixels: a screenshot would change with the page background alone.
  const pixels = () => chart.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
  const light = await pixels();
  await app.getByRole('button', { name: /Theme: Light/ }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(pixels).not.toBe(light);
});

import { addDays, format } from 'date-fns';
import { expect, test } from './fixtures';

const inThreeDays = format(addDays(new Date(), 3), 'yyyy-MM-dd');

test('after a refused entry, focus stays in the dialog, Escape closes it and the page is usable again', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log study' }).click();
  const dialog = app.getByRole('dialog', { name: 'Log study' });
  await dialog.getByLabel('Minutes').fill('30');
  await dialog.getByLabel('Date').fill(inThreeDays);
  await dialog.getByRole('button', { name: 'Log study' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Date cannot be in the future/);

  // Focus is on the field at fault, inside the dialog: not on <body>.
  await expect(dialog.getByLabel('Date')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Nothing of the dialog is left behind: no scroll lock, nothing inert or hidden.
  await expect(app.locator('html')).not.toHaveCSS('overflow', 'hidden');
  for (const landmark of [app.getByRole('main'), app.getByRole('navigation', { name: 'Main' })]) {
    expect(await landmark.evaluate((el) => el.closest('[inert], [aria-hidden="true"]') === null)).toBe(true);
  }
  await expect(app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log study' })).toBeFocused();
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Skills', level: 1 })).toBeVisible();
});

test('a refused entry can be corrected and saved without leaving the keyboard', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('heading', { level: 1 }).click();
  await app.keyboard.press('l');
  const dialog = app.getByRole('dialog', { name: 'Log study' });
  await dialog.getByLabel('Minutes').fill('2000');
  await dialog.getByLabel('Minutes').press('Enter');
  await expect(dialog.getByText('Minutes must be at most 1440 (24 hours) per entry')).toBeVisible();
  await expect(dialog.getByLabel('Minutes')).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('30');
  await app.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
});

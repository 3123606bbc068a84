import { expect, test } from './fixtures';

test('choosing an area adds its chip, empties the box and the list stays closed', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Salary', exact: true }).click();
  const box = app.getByRole('combobox', { name: 'Add an area' });
  const table = app.getByRole('table', { name: /Software Developers: pay percentiles/ });
  await expect(table.getByRole('row')).toHaveCount(2);
  await box.fill('austin');
  await app.getByRole('option', { name: /Austin-Round Rock-San Marcos, TX/ }).click();

  // The bands of the new area have loaded: everything the choice set off has happened.
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(app.getByRole('list', { name: 'Areas compared' }).getByRole('listitem')).toHaveText([/National/, /Austin-Round Rock-San Marcos, TX/]);
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(app.getByRole('listbox')).toHaveCount(0);
});

test('the keyboard alone adds an area, and Escape closes the list', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Salary', exact: true }).click();
  const box = app.getByRole('combobox', { name: 'Add an area' });
  await box.focus();
  await app.keyboard.type('boise');
  await expect(app.getByRole('option', { name: /Boise City, ID/ })).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('list', { name: 'Areas compared' })).toContainText('Boise City, ID');
  await expect(app.getByRole('listbox')).toHaveCount(0);

  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('listbox')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('listbox')).toHaveCount(0);
  await expect(box).toBeFocused();
});

test('while the list is open the rest of the page stays readable to screen readers', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Salary', exact: true }).click();
  await app.getByRole('combobox', { name: 'Add an area' }).fill('seattle');
  await expect(app.getByRole('option', { name: /Seattle-Tacoma-Bellevue, WA/ })).toBeVisible();
  // getByRole leaves out anything aria-hidden or inert: these are found only if still exposed.
  await expect(app.getByRole('list', { name: 'Areas compared' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Salary', level: 1 })).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();
  for (const landmark of [app.getByRole('main'), app.getByRole('navigation', { name: 'Main' })]) {
    expect(await landmark.evaluate((el) => el.closest('[inert], [aria-hidden="true"]') === null)).toBe(true);
  }
});

test('the profile’s area box shows the chosen area and keeps it', { tag: '@desktop' }, async ({ app }) => {
  await app.getByRole('link', { name: 'Profile', exact: true }).click();
  const area = app.getByRole('combobox', { name: 'Area' });
  await area.fill('seattle');
  await app.getByRole('option', { name: /Seattle-Tacoma-Bellevue, WA/ }).click();
  await expect(area).toHaveValue('Seattle-Tacoma-Bellevue, WA');
  await expect(app.getByRole('listbox')).toHaveCount(0);
  await app.getByLabel('Years of experience').click();
  await expect(area).toHaveValue('Seattle-Tacoma-Bellevue, WA');
  await expect(app.getByRole('listbox')).toHaveCount(0);
});

import { expect, test } from './fixtures';

// The first bytes of a real PNG file: signature, then the IHDR chunk of a 1×1 image.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

test('a PNG chosen as a CSV is refused with a message naming the file and what it looks like', async ({ app }) => {
  await app.getByRole('link', { name: 'Salary' }).click();
  await app.getByLabel('Import CSV…').setInputFiles({ name: 'offers.csv', mimeType: 'text/csv', buffer: PNG });
  await expect(app.getByRole('alert')).toContainText('offers.csv is not a text file: it looks like a PNG image.');
  await expect(app.getByRole('table', { name: /First rows of offers\.csv/ })).toHaveCount(0);
});

test('the mapping takes "Year" as the date and "Years of Experience" as experience, and "Pay" as pay', async ({ app }) => {
  const csv = [
    'Job Title,Level,Location,Year,Base Salary,Bonus,Years of Experience',
    'Backend Engineer,mid,Seattle,2025,150000,10000,4',
    'Backend Engineer,senior,Seattle,2025,190000,20000,8',
  ].join('\n');
  await app.getByRole('link', { name: 'Salary' }).click();
  await app.getByLabel('Import CSV…').setInputFiles({ name: 'offers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(app.getByRole('table', { name: /First rows of offers\.csv/ })).toBeVisible();
  const chosen = (field: string) => app.getByRole('combobox', { name: field, exact: true }).locator('option:checked');
  await expect(chosen('Date')).toHaveText('Year');
  await expect(chosen('Years of experience')).toHaveText('Years of Experience');
  await expect(chosen('Base pay')).toHaveText('Base Salary');

  await app.getByRole('button', { name: 'Close import' }).click();
  await app.getByLabel('Import CSV…').setInputFiles({ name: 'pay.csv', mimeType: 'text/csv', buffer: Buffer.from('Role,Pay\nEngineer,120000\n') });
  await expect(chosen('Base pay')).toHaveText('Pay');
});

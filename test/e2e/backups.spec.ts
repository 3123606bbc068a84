import type { Page } from '@playwright/test';
import { addMonths, format } from 'date-fns';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { rpc } from './seed';
import type { RunningHost } from './web-host';

const PROFILE = {
  occupationCode: '15-1252',
  areaCode: '0042660',
  careerLevel: 'mid',
  yearsExperience: 4,
  currency: 'USD',
  hoursPerWeek: 5,
  horizonYears: 5,
} as const;

const due = format(addMonths(new Date(), 3), 'yyyy-MM-dd');
const nav = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).click();

async function change(page: Page, host: RunningHost, salary: number, goal: string) {
  await rpc(page, host, 'profile.save', { ...PROFILE, currentSalary: salary });
  await rpc(page, host, 'goals.create', { kind: 'custom', title: goal, dueDate: due });
}

test('back up now, change more, restore: every screen shows the older data again', async ({ app, host }) => {
  // Five screens and two axe runs in one test: on a loaded machine it outgrows the default timeout.
  test.slow();
  await change(app, host, 150_000, 'Learn Go');
  await app.reload();

  await nav(app, 'Settings');
  const section = app.getByRole('region', { name: 'Backups', exact: true });
  await expect(section.getByText(/No backups yet/)).toBeVisible();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Backed up: taken by you backup of /);
  await expect(section.getByRole('row')).toHaveCount(2);
  await expectNoSeriousViolations(app, 'Settings with a backup');

  await change(app, host, 175_000, 'Ship the API');
  await nav(app, 'Dashboard');
  await expect(app.getByText('$175,000', { exact: true })).toBeVisible();
  await nav(app, 'Goals');
  await expect(app.getByText('Ship the API')).toBeVisible();

  await nav(app, 'Settings');
  await section.getByRole('button', { name: /^Restore the taken by you backup of / }).click();
  const dialog = app.getByRole('alertdialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('The current data is backed up first');
  await expectNoSeriousViolations(app, 'Restore dialog');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(/^Restored the taken by you backup of .+ kept as the before a restore backup of /, { timeout: 30_000 });
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('row')).toHaveCount(3);

  // The goals screen was loaded before the restore: it reloads on its own, no page reload.
  await nav(app, 'Goals');
  await expect(app.getByText('Learn Go')).toBeVisible();
  await expect(app.getByText('Ship the API')).toHaveCount(0);
  await nav(app, 'Dashboard');
  await expect(app.getByText('$150,000', { exact: true })).toBeVisible();
});

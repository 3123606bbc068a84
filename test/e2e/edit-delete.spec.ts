import type { Page } from '@playwright/test';
import { addMonths, format } from 'date-fns';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { shownDate } from './seed';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

const undoNotice = (page: Page, message: string) => page.getByRole('status').filter({ hasText: message });

/** Calls the core directly through the web host, to set a test up without clicking through it. */
async function rpc(page: Page, host: { url: string; token: string }, method: string, input: unknown) {
  const response = await page.request.post(`${host.url}rpc/${method}`, { headers: { Authorization: `Bearer ${host.token}` }, data: { input } });
  const body = (await response.json()) as { ok: boolean };
  expect(body, method).toMatchObject({ ok: true });
}

test('a custom skill says "your estimate", its own link can be removed, and a goal on it is edited in place', async ({ app }) => {
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await app.getByText('Add your own skill').click();
  const skillForm = app.getByRole('form', { name: 'Add your own skill' });
  await skillForm.getByLabel('Name').fill('Temporal workflows');
  await skillForm.getByLabel('Category').selectOption('architecture');
  await skillForm.getByRole('button', { name: 'Add skill' }).click();
  await expect(app.getByRole('heading', { name: 'Temporal workflows', level: 1 })).toBeVisible();
  await expect(app.getByRole('form', { name: 'Estimate' })).toContainText('Your estimate.');

  const linkForm = app.getByRole('form', { name: 'Link a skill' });
  await linkForm.getByLabel('Skill').selectOption('message-queues');
  await linkForm.getByRole('button', { name: 'Add link' }).click();
  const prerequisites = app.getByRole('list', { name: 'Prerequisites' });
  await expect(prerequisites.getByRole('link', { name: 'Message queues' })).toBeVisible();
  await prerequisites.getByRole('button', { name: 'Remove your link to Message queues' }).click();
  await expect(app.getByText('No linked skills.')).toBeVisible();

  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  const newGoal = app.getByRole('form', { name: 'New goal' });
  await newGoal.getByLabel('Title').fill('Temporal basics');
  await newGoal.getByLabel('Skill').selectOption({ label: 'Temporal workflows' });
  await newGoal.getByLabel('Target level').selectOption('2');
  await newGoal.getByLabel('Due date').fill(iso(addMonths(new Date(), 2)));
  await newGoal.getByRole('button', { name: 'Add goal' }).click();

  const dueLater = iso(addMonths(new Date(), 4));
  await app.getByRole('button', { name: 'Edit goal Temporal basics' }).click();
  const editForm = app.getByRole('form', { name: 'Edit goal Temporal basics' });
  await editForm.getByLabel('Title').fill('Temporal in production');
  await editForm.getByLabel('Due date').fill(dueLater);
  await expectNoSeriousViolations(app, 'Goals, editing');
  await editForm.getByRole('button', { name: 'Save goal' }).click();
  await expect(app.getByRole('listitem', { name: 'Temporal in production' })).toContainText(
    `Temporal workflows to level 2 · now level 0 · due ${await shownDate(app, dueLater)}`,
  );
  await expect(app.getByRole('listitem', { name: 'Temporal basics' })).toHaveCount(0);
});

test('deleting a custom skill or a goal offers Undo; a deleted skill keeps a page that restores it', async ({ app, host }) => {
  await rpc(app, host, 'skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
  await rpc(app, host, 'goals.create', {
    kind: 'skill-level',
    title: 'Temporal in production',
    skillId: 'custom-temporal-workflows',
    targetLevel: 2,
    dueDate: iso(addMonths(new Date(), 4)),
  });
  const goal = app.getByRole('listitem', { name: 'Temporal in production' });

  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  // Nothing in Architecture is started, so the category is closed until opened.
  await app.getByRole('button', { name: 'Architecture', exact: true }).click();
  await app.getByRole('link', { name: 'Temporal workflows', exact: true }).click();
  await app.getByRole('button', { name: 'Delete skill' }).click();
  await expect(app.getByRole('heading', { name: 'Skills', level: 1 })).toBeVisible();
  await expect(undoNotice(app, 'Skill “Temporal workflows” deleted.')).toBeVisible();
  await expect(app.getByRole('link', { name: 'Temporal workflows', exact: true })).toHaveCount(0);
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(goal).toContainText('Temporal workflows (deleted skill)');
  await expect(goal.locator('.badge')).toHaveCount(0);

  await goal.getByRole('button', { name: 'Delete goal Temporal in production' }).click();
  await expect(goal).toHaveCount(0);
  await expectNoSeriousViolations(app, 'Goals, undo offered');
  await undoNotice(app, 'Goal “Temporal in production” deleted.').getByRole('button', { name: 'Undo' }).click();
  await expect(goal).toBeVisible();

  await app.evaluate(() => {
    window.location.hash = '#/skills/custom-temporal-workflows';
  });
  await expect(app.getByRole('heading', { name: /You deleted this skill on/ })).toBeVisible();
  await app.getByRole('button', { name: 'Restore skill' }).click();
  await expect(app.getByRole('button', { name: 'Delete skill' })).toBeVisible();
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(goal).not.toContainText('deleted skill');
  await expect(goal.locator('.badge')).toHaveText(/On track|Behind/);
});

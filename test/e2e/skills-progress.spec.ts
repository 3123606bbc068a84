import type { Page } from '@playwright/test';
import { addDays, addMonths, format, startOfISOWeek } from 'date-fns';
import { expect, test } from './fixtures';
import { rpc, shownDate } from './seed';
import { afterRestart } from './web-host';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const today = new Date();
// Three different days, all on or before today.
const SESSIONS = [
  { date: iso(addDays(today, -2)), minutes: '45', note: 'images and layers' },
  { date: iso(addDays(today, -1)), minutes: '60', note: 'compose' },
  { date: iso(today), minutes: '30', note: 'multi-stage builds' },
];

async function logStudy(page: Page, session: (typeof SESSIONS)[number]) {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Log study' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Date')).toHaveValue(iso(today));
  await dialog.getByLabel('Skill').selectOption('docker');
  await dialog.getByLabel('Date').fill(session.date);
  await dialog.getByLabel('Minutes').fill(session.minutes);
  await dialog.getByLabel('Note').fill(session.note);
  await dialog.getByRole('button', { name: 'Log study' }).click();
  await expect(dialog).toBeHidden();
}

/** Hours per ISO week as the hours chart's text alternative states them. */
function expectedWeekHours(): Map<string, string> {
  const byWeek = new Map<string, number>();
  for (const s of SESSIONS) {
    const week = iso(startOfISOWeek(new Date(`${s.date}T12:00:00`)));
    byWeek.set(week, (byWeek.get(week) ?? 0) + Number(s.minutes));
  }
  return new Map([...byWeek].map(([week, minutes]) => [week, new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(Math.round((minutes / 60) * 10) / 10)]));
}

async function expectChartsShowSessions(page: Page) {
  for (const s of SESSIONS) {
    await expect(page.getByRole('listitem', { name: `${await shownDate(page, s.date)}: ${s.minutes} minutes` })).toBeAttached();
  }
  const table = page.getByRole('table', { name: 'Hours per week' });
  for (const [week, hours] of expectedWeekHours()) {
    await expect(table.getByRole('row', { name: `${await shownDate(page, week)} ${hours} h` })).toBeAttached();
  }
}

test('a skill’s status is set on its page and logged in its history', async ({ app }) => {
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await app.getByRole('searchbox', { name: 'Search' }).fill('docker');
  await app.getByRole('link', { name: 'Docker', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Docker', level: 1 })).toBeVisible();
  await app.getByLabel('Status').selectOption('learning');
  await expect(app.getByRole('list', { name: 'History' })).toContainText('Status Pending → Learning');
});

test('study logged with L fills the dashboard’s calendar, hours per week and latest entries', async ({ app, host }) => {
  await rpc(app, host, 'progress.set', { skillId: 'docker', status: 'learning' });
  // The dashboard's charts start empty.
  await app.getByRole('link', { name: 'Dashboard' }).click();
  await expect(app.getByRole('list', { name: /Study calendar for the last year: 0 days with study/ })).toBeAttached();

  for (const session of SESSIONS) await logStudy(app, session);
  await expect(app.getByRole('list', { name: /Study calendar for the last year: 3 days with study/ })).toBeAttached();
  await expectChartsShowSessions(app);
  await expect(app.getByRole('list', { name: 'Latest entries' })).toContainText('multi-stage builds');
});

test('a skill-level goal completes itself when the skill reaches its level', async ({ app }) => {
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(app.getByText('No goals yet.')).toBeVisible();
  const form = app.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Kind').selectOption('skill-level');
  await form.getByLabel('Title').fill('Docker to proficient');
  await form.getByLabel('Skill').selectOption('docker');
  await form.getByLabel('Target level').selectOption('3');
  await form.getByLabel('Due date').fill(iso(addMonths(today, 2)));
  await form.getByRole('button', { name: 'Add goal' }).click();
  const goal = app.getByRole('listitem', { name: 'Docker to proficient' });
  await expect(goal).toContainText(/On track|Behind/);

  // Docker is not started yet, so its category is closed: a search shows it.
  await app.getByRole('link', { name: 'Skills', exact: true }).click();
  await app.getByRole('searchbox', { name: 'Search' }).fill('docker');
  await app.getByRole('link', { name: 'Docker', exact: true }).click();
  await app.getByLabel('Level', { exact: true }).selectOption('3');
  await expect(app.getByRole('list', { name: 'History' })).toContainText('Level 0 → 3');
  await app.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(goal).toContainText(`Done ${await shownDate(app, iso(today))}`);
});

test('skills, the study log, charts and goals survive a restart of the host', async ({ app, host, browser }) => {
  await rpc(app, host, 'progress.set', { skillId: 'docker', status: 'learning' });
  for (const s of SESSIONS) await rpc(app, host, 'progress.logStudy', { skillId: 'docker', date: s.date, minutes: Number(s.minutes), note: s.note });
  await rpc(app, host, 'goals.create', { kind: 'skill-level', title: 'Docker to proficient', skillId: 'docker', targetLevel: 3, dueDate: iso(addMonths(today, 2)) });
  await rpc(app, host, 'progress.set', { skillId: 'docker', level: 3 });

  await afterRestart(app, host, browser, async (page) => {
    await expectChartsShowSessions(page);
    await page.getByRole('link', { name: 'Goals', exact: true }).click();
    await expect(page.getByRole('listitem', { name: 'Docker to proficient' })).toContainText(`Done ${await shownDate(page, iso(today))}`);
    await page.getByRole('link', { name: 'Skills', exact: true }).click();
    await page.getByRole('link', { name: 'Docker', exact: true }).click();
    await expect(page.getByLabel('Level', { exact: true })).toHaveValue('3');
    await expect(page.getByLabel('Status')).toHaveValue('learning');
    await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(5); // status, three sessions, level
  });
});

test('bad study input is refused beside the field and nothing is logged', async ({ app, host }) => {
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('l');
  const dialog = app.getByRole('dialog', { name: 'Log study' });
  await dialog.getByLabel('Minutes').fill('2000');
  await dialog.getByRole('button', { name: 'Log study' }).click();
  await expect(dialog.getByText('Minutes must be at most 1440 (24 hours) per entry')).toBeVisible();
  await dialog.getByLabel('Minutes').fill('30');
  await dialog.getByLabel('Date').fill(iso(addDays(today, 3)));
  await dialog.getByRole('button', { name: 'Log study' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Date cannot be in the future/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const log = await app.request.post(`${host.url}rpc/progress.log`, { headers: { Authorization: `Bearer ${host.token}` }, data: { input: {} } });
  expect(await log.json()).toEqual({ ok: true, value: [] });
});

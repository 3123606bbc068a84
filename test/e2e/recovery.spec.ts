import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { garbleMiddlePage } from '../support/damage';
import { rpc } from './seed';
import { startHost, tempDbFile, type RunningHost } from './web-host';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const journal = JSON.parse(readFileSync(path.join(REPO_ROOT, 'resources/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] };
const SCHEMA = journal.entries.length;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const PROFILE = {
  occupationCode: '15-1252',
  areaCode: '0042660',
  careerLevel: 'mid',
  yearsExperience: 4,
  currentSalary: 123_456,
  currency: 'USD',
  hoursPerWeek: 5,
  horizonYears: 5,
};

// Each test starts the web host twice (from source); on a busy machine that alone takes a minute.
// The waits are on conditions; this only bounds them.
test.describe.configure({ timeout: 240_000 });

const cleanups: Array<() => Promise<void> | void> = [];
test.afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFile(): string {
  const temp = tempDbFile();
  cleanups.push(temp.remove);
  return temp.file;
}

async function host(file: string): Promise<RunningHost> {
  const started = await startHost(file);
  cleanups.push(started.stop);
  return started;
}

/** A Trajectory database holding a profile, closed cleanly (nothing left in a WAL). */
async function databaseWithProfile(page: Page, file: string): Promise<void> {
  const h = await startHost(file);
  await rpc(page, h, 'profile.save', PROFILE);
  await h.stop();
  new Database(file).close();
}

/** The app's pages must not log errors, recovery screen included. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function refusedWrite(page: Page, h: RunningHost): Promise<unknown> {
  const response = await page.request.post(`${h.url}rpc/profile.save`, { headers: { Authorization: `Bearer ${h.token}` }, data: { input: PROFILE } });
  return ((await response.json()) as { error?: unknown }).error;
}

test('a zero-byte database: the recovery screen says data was probably lost and restores a backup', async ({ page }) => {
  const errors = watchConsole(page);
  const source = tempFile();
  await databaseWithProfile(page, source);
  const file = tempFile();
  const dir = path.dirname(file);
  mkdirSync(path.join(dir, 'backups'));
  copyFileSync(source, path.join(dir, 'backups', `trajectory-daily-20261128-090000-000-schema${SCHEMA}.sqlite`));
  writeFileSync(file, '');

  const h = await host(file);
  await page.goto(h.openUrl);
  await expect(page.getByRole('heading', { name: 'The database file is empty', level: 1 })).toBeVisible();
  await expect(page.getByText(/usually means the data was lost/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Restore a backup (recommended)');
  expect(await refusedWrite(page, h)).toMatchObject({ code: 'UNAVAILABLE' });

  await page.getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Current annual salary')).toHaveValue('123456');
  const moved = readdirSync(dir).filter((n) => /^trajectory\.sqlite\.empty-\d{8}-\d{6}Z$/.test(n));
  expect(moved).toHaveLength(1);
  expect(statSync(path.join(dir, moved[0] ?? '')).size).toBe(0);
  expect(errors).toEqual([]);
});

test("another application's SQLite file: refused untouched; start fresh moves it aside", async ({ page }) => {
  const errors = watchConsole(page);
  const file = tempFile();
  const dir = path.dirname(file);
  const foreign = new Database(file);
  foreign.pragma('journal_mode = WAL');
  foreign.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not yours')");
  foreign.close();
  const hash = sha(file);

  const h = await host(file);
  await page.goto(h.openUrl);
  await expect(page.getByRole('heading', { name: 'The database file belongs to another application' })).toBeVisible();
  await expect(page.getByText(/its tables are notes/)).toBeVisible();
  expect(await refusedWrite(page, h)).toMatchObject({ code: 'UNAVAILABLE' });
  expect(sha(file)).toBe(hash);
  expect(readdirSync(dir)).toEqual(['trajectory.sqlite']);

  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.getByRole('heading', { name: 'Start with your profile' })).toBeVisible();
  const moved = readdirSync(dir).filter((n) => n.startsWith('trajectory.sqlite.other-app-'));
  expect(moved).toHaveLength(1);
  expect(sha(path.join(dir, moved[0] ?? ''))).toBe(hash);
  await rpc(page, h, 'profile.save', PROFILE);
  expect(errors).toEqual([]);
});

test('garbage in a middle page: the app is served, then the damaged notice; writes are refused and the file is not written', async ({ page }) => {
  const file = tempFile();
  await databaseWithProfile(page, file);
  garbleMiddlePage(file);
  const hash = sha(file);

  const h = await host(file);
  await page.goto(h.openUrl);
  // The check runs in the core's worker, which the web host compiles from source first: on a busy
  // machine that takes a while, and the app is already on screen meanwhile.
  await expect(page.getByRole('heading', { name: 'The database file is damaged', level: 1 })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Start fresh' })).toBeEnabled();
  expect(await refusedWrite(page, h)).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/damaged/) });
  await page.goto('about:blank');
  await h.stop();
  expect(sha(file)).toBe(hash);
});

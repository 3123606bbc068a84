import type { Page } from '@playwright/test';
import { addMonths, format } from 'date-fns';
import { pathToFileURL } from 'node:url';
import type { SeedStep } from './seed-file';
import type { RunningHost } from './web-host';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** A calendar date (`yyyy-MM-dd`) as the app writes it: in the browser's locale, like its date fields. */
export function shownDate(page: Page, isoDate: string): Promise<string> {
  return page.evaluate((d) => {
    const [y = 0, m = 1, day = 1] = d.split('-').map(Number);
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, day));
  }, isoDate);
}

/** Calls the web host's router directly, as the renderer would; throws on an error envelope. */
export async function rpc(page: Page, host: RunningHost, method: string, input?: unknown): Promise<unknown> {
  const response = await page.request.post(`${host.url}rpc/${method}`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: input === undefined ? {} : { input },
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** The new user an hour in, as router calls (dated from today). */
function firstHourSteps(): SeedStep[] {
  return [
    {
      method: 'profile.save',
      input: {
        occupationCode: '15-1252',
        areaCode: '0042660',
        careerLevel: 'mid',
        yearsExperience: 4,
        currentSalary: 150_000,
        currency: 'USD',
        hoursPerWeek: 5,
        horizonYears: 5,
      },
    },
    { method: 'progress.set', input: { skillId: 'docker', status: 'learning', level: 2, targetLevel: 3 } },
    { method: 'progress.set', input: { skillId: 'postgresql', level: 3, targetLevel: 4 } },
    { method: 'progress.logStudy', input: { skillId: 'docker', date: iso(new Date()), minutes: 45, note: 'compose' } },
    {
      method: 'goals.create',
      input: { kind: 'skill-level', title: 'Docker to proficient', skillId: 'docker', targetLevel: 3, dueDate: iso(addMonths(new Date(), 2)) },
    },
  ];
}

/** Data a test's database file can hold before its host starts (the `seed` option of fixtures.ts). */
export const SEEDS = {
  'first hour': firstHourSteps,
  /** The "Back-end foundations" path copied into an active roadmap, then the first hour. */
  'roadmap, first hour': (): SeedStep[] => [{ method: 'roadmap.create', input: { pathId: 'backend-foundations' } }, ...firstHourSteps()],
} as const;
export type SeedName = keyof typeof SEEDS;

/**
 * Seeds the file through the core before the host opens it. The core comes from the bundle the
 * global setup builds (plain JavaScript: the test process compiles none of the core).
 */
export async function seedBeforeStart(dbFile: string, seed: SeedName): Promise<void> {
  const bundle = process.env.E2E_SEED_BUNDLE;
  if (!bundle) throw new Error('E2E_SEED_BUNDLE is not set: the seed bundle comes from the global setup (build-web-host.ts).');
  const { seedFile } = (await import(pathToFileURL(bundle).href)) as typeof import('./seed-file');
  await seedFile(dbFile, SEEDS[seed]());
}

/**
 * The new user an hour in: a back-end developer in Seattle earning $150k, 4 years in,
 * learning Docker with one session logged and one goal. Reloads the page to show it.
 */
export async function seedFirstHour(page: Page, host: RunningHost): Promise<void> {
  for (const step of firstHourSteps()) await rpc(page, host, step.method, step.input);
  await page.reload();
}

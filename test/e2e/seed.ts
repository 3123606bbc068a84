import type { Page } from '@playwright/test';
import { addMonths, format } from 'date-fns';
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

/**
 * The new user an hour in: a back-end developer in Seattle earning $150k, 4 years in,
 * learning Docker with one session logged and one goal. Reloads the page to show it.
 */
export async function seedFirstHour(page: Page, host: RunningHost): Promise<void> {
  await rpc(page, host, 'profile.save', {
    occupationCode: '15-1252',
    areaCode: '0042660',
    careerLevel: 'mid',
    yearsExperience: 4,
    currentSalary: 150_000,
    currency: 'USD',
    hoursPerWeek: 5,
    horizonYears: 5,
  });
  await rpc(page, host, 'progress.set', { skillId: 'docker', status: 'learning', level: 2, targetLevel: 3 });
  await rpc(page, host, 'progress.set', { skillId: 'postgresql', level: 3, targetLevel: 4 });
  await rpc(page, host, 'progress.logStudy', { skillId: 'docker', date: iso(new Date()), minutes: 45, note: 'compose' });
  await rpc(page, host, 'goals.create', {
    kind: 'skill-level',
    title: 'Docker to proficient',
    skillId: 'docker',
    targetLevel: 3,
    dueDate: iso(addMonths(new Date(), 2)),
  });
  await page.reload();
}

import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore, VALID_PROFILE } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function core() {
  const c = await openTempCore();
  cleanups.push(c.dispose);
  return c;
}

async function value(router: Awaited<ReturnType<typeof core>>['router'], method: string, input?: unknown): Promise<unknown> {
  const result = await router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

describe('dashboard.firstScreen on a real database file', { timeout: 30_000 }, () => {
  it('answers what profile.get, dashboard.summary and salary.bands answer for the profile, in one call', async () => {
    const { router } = await core();
    await value(router, 'profile.save', VALID_PROFILE);
    const { today } = (await value(router, 'dashboard.summary', { streakUnit: 'days' })) as { today: string };
    await value(router, 'progress.logStudy', { skillId: 'docker', date: today, minutes: 90, note: '' });

    const first = await value(router, 'dashboard.firstScreen', { streakUnit: 'weeks' });
    const bands = (await value(router, 'salary.bands', { occupationCode: VALID_PROFILE.occupationCode, areaCodes: [VALID_PROFILE.areaCode] })) as unknown[];
    expect(bands).toHaveLength(1);
    expect(first).toEqual({
      profile: await value(router, 'profile.get'),
      summary: await value(router, 'dashboard.summary', { streakUnit: 'weeks' }),
      band: bands[0],
    });
    expect(first).toMatchObject({ summary: { weekMinutes: 90, streakUnit: 'weeks' }, band: { p50: expect.any(Number) } });
  });

  it('has no profile and no band on a new database, and still the summary', async () => {
    const { router } = await core();
    expect(await value(router, 'dashboard.firstScreen', { streakUnit: 'days' })).toEqual({
      profile: null,
      summary: await value(router, 'dashboard.summary', { streakUnit: 'days' }),
      band: null,
    });
  });

  it('has a null band where BLS publishes none for the profile’s occupation and area', async () => {
    const { router } = await core();
    // Alaska: BLS lists no figures for Software Developers there.
    await value(router, 'profile.save', { ...VALID_PROFILE, areaCode: '0200000' });
    const bands = (await value(router, 'salary.bands', { occupationCode: VALID_PROFILE.occupationCode, areaCodes: ['0200000'] })) as unknown[];
    expect(await value(router, 'dashboard.firstScreen', { streakUnit: 'days' })).toMatchObject({ profile: { areaCode: '0200000' }, band: bands[0] ?? null });
  });
});

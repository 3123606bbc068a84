import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore, VALID_PROFILE } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function core() {
  const c = await openTempCore();
  cleanups.push(c.dispose);
  return c;
}

describe('profile service through the router', () => {
  it('has no profile on a new database', async () => {
    const { router } = await core();
    expect(await router.dispatch('profile.get', undefined)).toEqual({ ok: true, value: null });
  });

  it('saves, names the occupation and area, and reads back the same values after reopening the file', async () => {
    const first = await core();
    const saved = await first.router.dispatch('profile.save', VALID_PROFILE);
    expect(saved).toMatchObject({ ok: true, value: { ...VALID_PROFILE, occupationTitle: 'Software Developers', areaName: 'San Francisco-Oakland-Fremont, CA' } });
    first.close();

    const reopened = await openTempCore(first.dbFile);
    cleanups.unshift(() => reopened.close());
    expect(await reopened.router.dispatch('profile.get', undefined)).toEqual(saved);
  });

  it('keeps an optional name for the plan\'s cover: trimmed, empty when not given, at most 120 characters', async () => {
    const { router } = await core();
    expect(await router.dispatch('profile.save', VALID_PROFILE)).toMatchObject({ ok: true, value: { name: '' } });
    expect(await router.dispatch('profile.save', { ...VALID_PROFILE, name: '  Ada Lovelace ' })).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(await router.dispatch('profile.get', undefined)).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    const tooLong = await router.dispatch('profile.save', { ...VALID_PROFILE, name: 'x'.repeat(121) });
    expect(tooLong).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['name'], message: 'Name must be at most 120 characters' }] } } });
    expect(await router.dispatch('profile.get', undefined)).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
  });

  it('overwrites the single profile row on a second save', async () => {
    const { router, store } = await core();
    await router.dispatch('profile.save', VALID_PROFILE);
    await router.dispatch('profile.save', { ...VALID_PROFILE, careerLevel: 'senior', currentSalary: null });
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM profile').get()).toEqual({ n: 1 });
    expect(await router.dispatch('profile.get', undefined)).toMatchObject({ ok: true, value: { careerLevel: 'senior', currentSalary: null } });
  });

  it.each([
    [{ yearsExperience: -1 }, 'yearsExperience', 'cannot be negative'],
    [{ currentSalary: 10_000_001 }, 'currentSalary', 'at most 10,000,000'],
    [{ currentSalary: -5 }, 'currentSalary', 'at least 0'],
    [{ currentSalary: 1234.5 }, 'currentSalary', 'whole number'],
    [{ hoursPerWeek: 81 }, 'hoursPerWeek', 'at most 80'],
    [{ horizonYears: 0 }, 'horizonYears', 'at least 1'],
    [{ careerLevel: 'wizard' }, 'careerLevel', 'career level'],
    [{ currency: 'BTC' }, 'currency', 'currency'],
    [{ areaCode: 'Springfield' }, 'areaCode', 'Choose an area'],
  ])('rejects %o naming the field, and writes nothing', async (change, field, text) => {
    const { router, store } = await core();
    const result = await router.dispatch('profile.save', { ...VALID_PROFILE, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues[0]?.path).toEqual([field]);
    expect(result.error.details?.issues[0]?.message).toContain(text);
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM profile').get()).toEqual({ n: 0 });
  });

  it('rejects well-formed codes that are not in the bundled data', async () => {
    const { router } = await core();
    const result = await router.dispatch('profile.save', { ...VALID_PROFILE, occupationCode: '99-9999', areaCode: '9999999' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.issues.map((i) => i.path[0])).toEqual(['occupationCode', 'areaCode']);
  });
});

describe('salary lookups', () => {
  it('lists the bundled occupations, official data only', async () => {
    const { router } = await core();
    const result = await router.dispatch('salary.listOccupations', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const titles = (result.value as { title: string }[]).map((o) => o.title);
    expect(titles).toContain('Software Developers');
    expect(titles).not.toContain('Back-end developers (article)');
    expect(titles).toHaveLength(13);
  });

  it('finds areas by any words of their name or by state code, states before metros', async () => {
    const { router } = await core();
    const find = async (query: string) => {
      const r = await router.dispatch('salary.searchAreas', { query, limit: 10 });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { name: string; type: string }[]).map((a) => `${a.type}:${a.name}`);
    };
    expect(await find('san fran')).toEqual(['msa:San Francisco-Oakland-Fremont, CA']);
    expect(await find('SEATTLE')).toEqual(['msa:Seattle-Tacoma-Bellevue, WA']);
    expect((await find('washington'))[0]).toBe('state:Washington');
    expect(await find('zzzz')).toEqual([]);
    expect(await find('')).toHaveLength(10);
  });
});

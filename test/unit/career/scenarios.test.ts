import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '@shared/domain/scenarios';
import { scenario } from '../../support/projection-input';
import { openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

const params = scenario({ horizonYears: 10, events: [{ kind: 'relocation', year: 3, areaCode: '0041860' }] });

describe('saved scenarios (real SQLite file)', () => {
  it('creates, lists, renames, replaces the parameters and deletes, with the parameters as checked JSON', async () => {
    const stay = await t.call<Scenario>('career.createScenario', { name: 'Stay the course', params: { ...params, skills: 'stay', events: [] } });
    const move = await t.call<Scenario>('career.createScenario', { name: '  Relocate in year 3 ', params });
    expect(move).toMatchObject({ name: 'Relocate in year 3', params, problem: null });
    expect((await t.call<Scenario[]>('career.scenarios')).map((s) => s.name)).toEqual(['Stay the course', 'Relocate in year 3']);

    t.setToday('2026-04-01');
    const renamed = await t.call<Scenario>('career.updateScenario', { id: move.id, name: 'Relocate to SF in year 3' });
    expect(renamed).toMatchObject({ name: 'Relocate to SF in year 3', params, createdAt: move.createdAt });
    expect(renamed.updatedAt > move.updatedAt).toBe(true);
    const changed = await t.call<Scenario>('career.updateScenario', { id: move.id, params: { ...params, growthRate: 0.03 } });
    expect(changed.params?.growthRate).toBe(0.03);

    expect(await t.call('career.deleteScenario', { id: stay.id })).toEqual({ deleted: true });
    expect(await t.call('career.deleteScenario', { id: stay.id })).toEqual({ deleted: false });
    expect((await t.call<Scenario[]>('career.scenarios')).map((s) => s.id)).toEqual([move.id]);
  });

  it('refuses invalid parameters (an event past the horizon) and writes nothing', async () => {
    const result = await t.core.router.dispatch('career.createScenario', {
      name: 'Too late',
      params: { ...params, horizonYears: 2, events: [{ kind: 'job-change', year: 5, raisePercent: 10 }] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/Every event must fall within the horizon/) } });
    expect(t.count('scenarios')).toBe(0);
    expect(await t.core.router.dispatch('career.updateScenario', { id: 99, name: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a stored scenario that no longer passes the checks is listed with the reason, not dropped', async () => {
    t.core.store.sqlite
      .prepare("INSERT INTO scenarios (name, params, created_at, updated_at) VALUES ('Old', ?, '2025-01-01', '2025-01-01')")
      .run(JSON.stringify({ ...params, horizonYears: 99 }));
    const [old] = await t.call<Scenario[]>('career.scenarios');
    expect(old).toMatchObject({ name: 'Old', params: null, problem: expect.stringMatching(/horizonYears: Year must be at most 40/) });
  });
});

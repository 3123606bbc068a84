import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanDocument } from '@shared/domain/plan-document';
import { seedDemoPlan } from '../../support/demo-plan';
import { STAY_PARAMS } from '../../support/scenario-params';
import { openTempCore } from '../../support/temp-core';

// Counts how often the roadmap is scheduled; the real scheduler still does the work.
const scheduled = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@shared/domain/roadmap-schedule', async (importOriginal) => {
  const real = await importOriginal<typeof import('@shared/domain/roadmap-schedule')>();
  return {
    ...real,
    scheduleRoadmap: (...args: Parameters<typeof real.scheduleRoadmap>) => {
      scheduled.calls += 1;
      return real.scheduleRoadmap(...args);
    },
  };
});

type Core = Awaited<ReturnType<typeof openTempCore>>;
let core: Core | null = null;
afterEach(() => {
  core?.dispose();
  core = null;
});

async function call<T>(method: string, input?: unknown): Promise<T> {
  const result = await core!.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('plan.document (one read for the career plan)', () => {
  it('answers what the separate reads answer, scheduling the active roadmap once', async () => {
    core = await openTempCore(undefined, { clock: () => new Date('2026-11-29T10:00:00Z') });
    await seedDemoPlan(core.router, new Date('2026-11-29T10:00:00Z'));
    scheduled.calls = 0;
    const doc = await call<PlanDocument>('plan.document');
    expect(scheduled.calls).toBe(1);

    const roadmaps = await call<Array<{ id: number; active: boolean }>>('roadmap.list');
    const active = roadmaps.find((r) => r.active);
    const scenarios = await call<Array<{ id: number; params: unknown }>>('career.scenarios');
    expect(scenarios).toHaveLength(2);
    expect(doc).toEqual({
      profile: await call('profile.get'),
      goals: await call('goals.list'),
      skills: await call('skills.list'),
      stats: await call('progress.stats', { streakUnit: 'weeks' }),
      roadmap: await call('roadmap.get', { id: active?.id }),
      datasets: await call('data.listDatasets'),
      scenarios: await Promise.all(
        scenarios.map(async (scenario) => ({ scenario, projection: await call('career.project', { params: scenario.params }), problem: null })),
      ),
    });
    // The projections compared above depend on the schedule: their skills are reached on the roadmap's dates.
    const data = await call<{ skillsReached: Array<{ on: string }> }>('career.projectionData', { params: scenarios[0]?.params });
    expect(data.skillsReached.some((s) => s.on > '2026-11-29')).toBe(true);
  });

  it('says why a scenario has no projection instead of failing the whole document, and is empty without data', async () => {
    core = await openTempCore();
    const empty = await call<PlanDocument>('plan.document');
    expect(empty).toMatchObject({ profile: null, goals: [], roadmap: null, scenarios: [] });

    // Saved, then its area's band made unreadable for the model: a currency the data does not have.
    await call('career.createScenario', { name: 'Elsewhere', params: { ...STAY_PARAMS, currency: 'EUR' } });
    const projected = await core.router.dispatch('career.project', { params: { ...STAY_PARAMS, currency: 'EUR' } });
    expect(projected.ok).toBe(false);
    const doc = await call<PlanDocument>('plan.document');
    expect(doc.scenarios).toEqual([
      { scenario: expect.objectContaining({ name: 'Elsewhere' }), projection: null, problem: projected.ok ? null : projected.error.message },
    ]);
  });
});

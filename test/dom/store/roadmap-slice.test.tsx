import { waitFor } from '@testing-library/react';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/src/store';
import type { RoadmapSummary } from '@shared/domain/roadmap';
import { connectRealCore } from '../skills/skills-dom-core';

// The roadmap slice against a real core: writes made elsewhere reach the loaded roadmap only
// through core's dataChanged event and the VIEWS entry for it.

const today = format(new Date(), 'yyyy-MM-dd');
const store = () => useAppStore.getState();

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

async function dispatch<T>(method: string, input?: unknown): Promise<T> {
  const result = await t.core.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function loadedRoadmap() {
  const outcome = await store().createRoadmap({ pathId: 'cloud-native-devops' });
  if (!outcome.ok) throw new Error(outcome.message);
  await store().loadRoadmap(outcome.value.id);
  await store().loadRoadmaps();
  return outcome.value;
}

describe('roadmap slice', () => {
  it('the loaded roadmap follows study logged elsewhere, and the roadmap list follows a rename', async () => {
    const r = await loadedRoadmap();
    expect(store().roadmap?.items.find((i) => i.skillId === 'docker')?.hoursLogged).toBe(0);
    await dispatch('progress.logStudy', { skillId: 'docker', date: today, minutes: 90 });
    await waitFor(() => expect(store().roadmap?.items.find((i) => i.skillId === 'docker')?.hoursLogged).toBe(1.5));
    await dispatch('roadmap.rename', { id: r.id, name: 'Cloud' });
    await waitFor(() => expect(store().roadmaps?.map((x) => x.name)).toEqual(['Cloud']));
  });

  it('reorder shows the new order at once and saves it; a refused order puts back what the core holds', async () => {
    const r = await loadedRoadmap();
    const ids = store().roadmap?.items.map((i) => i.id) ?? [];
    const moved = [ids[1] ?? 0, ids[0] ?? 0, ...ids.slice(2)];
    const saving = store().reorderRoadmap(r.id, moved);
    expect(store().roadmap?.items.map((i) => i.id)).toEqual(moved);
    await saving;
    const fresh = await dispatch<{ items: Array<{ id: number }> }>('roadmap.get', { id: r.id });
    expect(fresh.items.map((i) => i.id)).toEqual(moved);

    const twice = [moved[0] ?? 0, ...moved.slice(0, -1)];
    const refused = store().reorderRoadmap(r.id, twice);
    expect(store().roadmap?.items.map((i) => i.id)).toEqual(twice);
    await expect(refused).rejects.toThrow(/twice/);
    expect(store().roadmap?.items.map((i) => i.id)).toEqual(moved);
  });

  it('form actions give field errors by name, before and after the round trip', async () => {
    const r = await loadedRoadmap();
    const before = t.calls('roadmap.addItem').length;
    expect(await store().addRoadmapItem({ roadmapId: r.id, skillId: 'kafka', targetLevel: 9 })).toMatchObject({
      ok: false,
      fieldErrors: { targetLevel: 'Target level must be at most 5' },
    });
    expect(t.calls('roadmap.addItem').length).toBe(before);
    expect(await store().addRoadmapItem({ roadmapId: r.id, skillId: 'docker' })).toMatchObject({
      ok: false,
      fieldErrors: { skillId: expect.stringMatching(/already in this roadmap/) },
    });
    expect(await store().addWeekOff({ roadmapId: r.id, start: '2026-08-10', end: '2026-08-01' })).toMatchObject({
      ok: false,
      fieldErrors: { end: 'End cannot be before start' },
    });
  });

  it('a roadmap deleted elsewhere leaves nothing on screen and reports no error; archive offers Undo', async () => {
    const r = await loadedRoadmap();
    const other = await dispatch<RoadmapSummary>('roadmap.create', { name: 'Other' });
    await waitFor(() => expect(store().roadmaps?.map((x) => x.name)).toContain('Other'));
    await store().archiveRoadmap(other.id);
    expect(store().undoOffer?.message).toBe('Roadmap “Other” archived.');
    await store().runUndo();
    await waitFor(() => expect(store().roadmaps?.find((x) => x.id === other.id)?.archivedAt).toBeNull());

    await dispatch('roadmap.delete', { id: r.id });
    await waitFor(() => expect(store().roadmap).toBeNull());
    expect(store().roadmaps?.map((x) => x.id)).toEqual([other.id]);
    expect(store().error).toBeNull();
  });
});

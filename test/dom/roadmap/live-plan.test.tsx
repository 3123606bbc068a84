import { describe, expect, it } from 'vitest';
import type { RoadmapScheduleInput, RoadmapView } from '@shared/domain/roadmap';
import { cycleLinks } from '../../../renderer/src/features/roadmap/cycle-links';
import { applyChange, liveInput, NO_PENDING, prunePending, revertChange } from '../../../renderer/src/features/roadmap/live-plan';

// The pure parts of the screen's instant re-scheduling and of the cycle's "remove a link" offer.

const input: RoadmapScheduleInput = {
  items: [
    { id: 1, skillId: 'a', targetLevel: 3, position: 0, hoursOverride: null, pinnedStart: null, status: 'planned' },
    { id: 2, skillId: 'b', targetLevel: 3, position: 1, hoursOverride: null, pinnedStart: null, status: 'planned' },
  ],
  skills: [
    { id: 'a', name: 'A', estimatedHours: 10, level: 0, hoursLogged: 0 },
    { id: 'b', name: 'B', estimatedHours: 10, level: 0, hoursLogged: 0 },
  ],
  edges: [],
  hoursPerWeek: 5,
  startDate: '2026-01-05',
  weeksOff: [],
  parallel: 1,
  goals: [],
  recentWeeklyHours: [],
};

function view(over: Partial<RoadmapScheduleInput> = {}, weeksOff: RoadmapView['weeksOff'] = []): RoadmapView {
  const scheduleInput = { ...input, ...over, weeksOff: weeksOff.map(({ start, end }) => ({ start, end })) };
  return {
    roadmap: { id: 1, name: 'R', sourcePathId: null, sourcePathName: null, hoursPerWeek: 5, parallel: 1, active: true, archivedAt: null, createdAt: '', updatedAt: '', itemCount: 2, doneCount: 0 },
    items: scheduleInput.items.map((i) => ({ ...i, skillName: i.skillId.toUpperCase(), skillDeleted: false, currentLevel: 0, estimatedHours: 10, hoursLogged: 0 })),
    weeksOff,
    hoursPerWeek: scheduleInput.hoursPerWeek,
    hoursPerWeekFrom: 'roadmap',
    recentWeeklyHours: [],
    today: input.startDate,
    scheduleInput,
    schedule: { ok: false, cycle: [] },
  };
}

describe('pending plan changes', () => {
  it('lays pending changes over the loaded input, and drops each once a reloaded view carries it', () => {
    let pending = applyChange(NO_PENDING, { kind: 'hours', value: 12 });
    pending = applyChange(pending, { kind: 'item', id: 2, patch: { status: 'done', targetLevel: 4 } });
    pending = applyChange(pending, { kind: 'add-week-off', weekOff: { key: 1, start: '2026-02-01', end: '2026-02-07', before: 0 } });
    const live = liveInput(view(), pending);
    expect(live.hoursPerWeek).toBe(12);
    expect(live.items[1]).toMatchObject({ status: 'done', targetLevel: 4 });
    expect(live.weeksOff).toEqual([{ start: '2026-02-01', end: '2026-02-07' }]);

    // A reload that carries only the hours and the status keeps the level and the week off pending.
    const partly = view({ hoursPerWeek: 12, items: [input.items[0], { ...input.items[1], status: 'done' }] as RoadmapScheduleInput['items'] });
    const kept = prunePending(pending, partly);
    expect(kept.hoursPerWeek).toBeUndefined();
    expect(kept.items).toEqual({ 2: { targetLevel: 4 } });
    expect(kept.weeksOffAdded).toHaveLength(1);
    const all = view({ hoursPerWeek: 12, items: [input.items[0], { ...input.items[1], status: 'done', targetLevel: 4 }] as RoadmapScheduleInput['items'] }, [
      { id: 9, start: '2026-02-01', end: '2026-02-07', label: '' },
    ]);
    expect(prunePending(kept, all)).toEqual({ hoursPerWeek: undefined, parallel: undefined, items: {}, weeksOffAdded: [], weeksOffRemoved: [] });
    expect(prunePending(NO_PENDING, all)).toBe(NO_PENDING);
  });

  it('a failed save takes back its own change but not a newer one', () => {
    const first = { kind: 'hours', value: 8 } as const;
    const pending = applyChange(applyChange(NO_PENDING, first), { kind: 'hours', value: 9 });
    expect(revertChange(pending, first).hoursPerWeek).toBe(9);
    expect(revertChange(applyChange(NO_PENDING, first), first).hoursPerWeek).toBeUndefined();
  });
});

describe('links that hold a cycle', () => {
  it('finds direct prerequisites and prerequisites through an alternative, and tells the user’s from the catalog’s', () => {
    const skills = ['d', 'a', 'p'].map((id) => ({ id, name: id.toUpperCase(), estimatedHours: 1, level: 0, hoursLogged: 0 }));
    const edges: RoadmapScheduleInput['edges'] = [
      { from: 'p', to: 'd', kind: 'prerequisite', custom: false },
      { from: 'p', to: 'a', kind: 'alternative', custom: true },
      { from: 'd', to: 'a', kind: 'prerequisite', custom: true },
      { from: 'a', to: 'x', kind: 'prerequisite', custom: true },
    ];
    const links = cycleLinks(['D', 'A', 'D'], { ...input, skills, edges });
    expect(links.custom).toEqual([edges[2], edges[1]]);
    expect(links.catalog).toEqual([edges[0]]);
    expect(cycleLinks(['D', 'A', 'D'], { ...input, skills, edges: [edges[0] as (typeof edges)[number]] })).toEqual({ custom: [], catalog: [] });
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import type { Goal } from '@shared/domain/goals';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import { connectRealCore } from '../skills/skills-dom-core';

// Roadmap writes go straight to the core: the goals screen can only follow them through dataChanged.

const inDays = (n: number) => format(addDays(new Date(), n), 'yyyy-MM-dd');
/** How the screen writes a date, worked out here independently of the app's formatter. */
const shown = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
};

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const dispatch = <T,>(method: string, input?: unknown) => t.dispatch(method, input) as Promise<T>;
const goalItem = () => screen.findByRole('listitem', { name: 'Kubernetes 3' });
const badge = async () => (await goalItem()).querySelector('.badge')?.textContent;

describe('a goal on the active roadmap', () => {
  it('says how many weeks behind the roadmap puts it and when the roadmap finishes it, and follows roadmap changes', async () => {
    const roadmap = await dispatch<RoadmapSummary>('roadmap.create', { name: 'Containers' });
    await dispatch('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'docker', targetLevel: 3 });
    await dispatch('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'kubernetes', targetLevel: 3 });
    await dispatch('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 2 });
    const goal = await dispatch<Goal>('goals.create', { kind: 'skill-level', title: 'Kubernetes 3', skillId: 'kubernetes', targetLevel: 3, dueDate: inDays(28) });
    const track = async () => {
      const view = await dispatch<RoadmapView>('roadmap.get', { id: roadmap.id });
      const result = scheduleRoadmap(view.scheduleInput);
      if (!result.ok) throw new Error('unexpected cycle');
      return result.goals.find((g) => g.goalId === goal.id);
    };
    const slow = await track();
    expect(slow?.weeksBehind).toBeGreaterThan(1);

    render(<GoalsScreen />);
    expect(await badge()).toBe(`Behind by ${slow?.weeksBehind} weeks (roadmap)`);
    expect((await goalItem()).textContent).toContain(`the roadmap finishes it on ${shown(slow?.plannedEnd as string)}`);
    expect((await goalItem()).textContent).not.toContain('(estimate)');

    await dispatch('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 80 });
    const fast = await track();
    await waitFor(async () => expect(await badge()).toBe('On track (roadmap)'));
    expect((await goalItem()).textContent).toContain(`the roadmap finishes it on ${shown(fast?.plannedEnd as string)}`);

    await dispatch('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 0 });
    await waitFor(async () => expect(await badge()).toBe('Behind (roadmap)'));
    expect((await goalItem()).textContent).toContain('no time planned on the roadmap');

    // Without an active roadmap the rough estimate comes back, and says it is one.
    await dispatch('roadmap.setArchived', { id: roadmap.id, archived: true });
    await waitFor(async () => expect(await badge()).toMatch(/^(Behind|On track)$/));
    expect((await goalItem()).textContent).toMatch(/about [\d.,]+ h to go \(estimate\)/);
    expect((await goalItem()).textContent).not.toContain('roadmap');
  });
});

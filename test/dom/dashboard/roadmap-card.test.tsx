import { render, screen, waitFor, within } from '@testing-library/react';
import { format, startOfISOWeek, subWeeks } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import { connectRealCore } from '../skills/skills-dom-core';

// Writes go straight to the core: the card can only follow them through the dataChanged reload.

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
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
const roadmapCard = async () => (await screen.findByRole('heading', { name: /^Roadmap/ })).closest('section') as HTMLElement;

async function schedule(id: number) {
  const view = await dispatch<RoadmapView>('roadmap.get', { id });
  const result = scheduleRoadmap(view.scheduleInput);
  if (!result.ok) throw new Error('unexpected cycle');
  return { view, result };
}

async function backEnd(hoursPerWeek: number) {
  const roadmap = await dispatch<RoadmapSummary>('roadmap.create', { name: 'Back end' });
  for (const skillId of ['git', 'sql', 'docker', 'kubernetes']) await dispatch('roadmap.addItem', { roadmapId: roadmap.id, skillId, targetLevel: 3 });
  await dispatch('roadmap.setPlan', { id: roadmap.id, hoursPerWeek });
  return roadmap;
}

describe('the dashboard’s Roadmap card', () => {
  it('invites to plan one without a roadmap, then shows the finish and the next items once one exists', async () => {
    render(<DashboardScreen />);
    const empty = within(await roadmapCard());
    expect(empty.getByText(/No roadmap yet/)).toBeTruthy();
    expect(empty.getByRole('link', { name: 'Plan a roadmap' }).getAttribute('href')).toBe('/roadmap');

    const roadmap = await backEnd(5);
    const { view, result } = await schedule(roadmap.id);
    await screen.findByRole('heading', { name: 'Roadmap: Back end' });
    const card = within(await roadmapCard());
    expect(card.getByText('At 5 h a week (plan)').nextElementSibling?.textContent).toBe(shown(result.finish as string));
    expect(card.getByText('Too little study history in the last four weeks')).toBeTruthy();
    const next = within(card.getByRole('list', { name: 'Next on the roadmap' })).getAllByRole('listitem');
    expect(next).toHaveLength(3);
    const first = result.items[0];
    expect(next[0]?.textContent).toBe(`${view.items[0]?.skillName} to level 3 ${shown(first?.start as string)} – ${shown(first?.end as string)} · ready now`);
    expect(within(next[0] as HTMLElement).getByRole('link').getAttribute('href')).toBe('/skills/git');
    expect(card.getByRole('link', { name: 'Open the roadmap' }).getAttribute('href')).toBe('/roadmap');

    await dispatch('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 0 });
    await waitFor(async () => expect(within(await roadmapCard()).getByText('At 0 h a week (plan)').nextElementSibling?.textContent).toBe('No time planned'));
    expect(within(await roadmapCard()).queryByRole('list', { name: 'Next on the roadmap' })).toBeNull();
  });

  it('shows the finish at the actual pace once the last four weeks hold study', async () => {
    const roadmap = await backEnd(5);
    render(<DashboardScreen />);
    await within(await roadmapCard()).findByText('Too little study history in the last four weeks');
    const thisWeek = startOfISOWeek(new Date());
    for (const k of [1, 2, 3, 4]) await dispatch('progress.logStudy', { skillId: 'python', date: iso(subWeeks(thisWeek, k)), minutes: 90 });

    const { result } = await schedule(roadmap.id);
    expect(result.actualPace?.hoursPerWeek).toBe(1.5);
    const pace = await within(await roadmapCard()).findByText(`At ${(1.5).toLocaleString()} h a week (your last four weeks)`);
    expect(pace.nextElementSibling?.textContent).toBe(shown(result.actualPace?.finish as string));
    expect(within(await roadmapCard()).queryByText(/Too little study history/)).toBeNull();
  });

  it('names a prerequisite cycle instead of dates', async () => {
    await backEnd(5);
    // The app refuses a link that closes a cycle; write one as data from elsewhere could hold it.
    t.core.store.sqlite
      .prepare("INSERT INTO custom_edges (from_id, to_id, kind, created_at) VALUES ('kubernetes', 'docker', 'prerequisite', ?)")
      .run(new Date().toISOString());
    render(<DashboardScreen />);
    const card = within(await roadmapCard());
    expect(card.getByText(/^Cannot schedule: prerequisite cycle /).textContent).toMatch(/Docker|Kubernetes/);
    expect(card.queryByText(/h a week/)).toBeNull();
    expect(card.getByRole('link', { name: 'Open the roadmap' })).toBeTruthy();
  });
});

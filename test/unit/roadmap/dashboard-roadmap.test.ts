import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDate } from '@shared/domain/dates';
import { DASHBOARD_NEXT_ITEMS, type DashboardSummary } from '@shared/domain/dashboard';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import { VALID_PROFILE } from '../../support/temp-core';
import { TODAY, openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
  await t.call('profile.save', VALID_PROFILE);
});
afterEach(() => t.dispose());

const dayAfter = (iso: string, n: number) => format(addDays(toDate(iso), n), 'yyyy-MM-dd');
const card = async () => (await t.call<DashboardSummary>('dashboard.summary', { streakUnit: 'days' })).roadmap;

async function fourSkills(hoursPerWeek: number): Promise<RoadmapSummary> {
  const roadmap = await t.call<RoadmapSummary>('roadmap.create', { name: 'Back end' });
  for (const skillId of ['git', 'sql', 'docker', 'kubernetes']) await t.call('roadmap.addItem', { roadmapId: roadmap.id, skillId, targetLevel: 3 });
  await t.call('roadmap.setPlan', { id: roadmap.id, hoursPerWeek });
  return roadmap;
}

/** The card as the scheduler's own answer for the roadmap's input would make it. */
async function expectedCard(id: number) {
  const view = await t.call<RoadmapView>('roadmap.get', { id });
  const result = scheduleRoadmap(view.scheduleInput);
  if (!result.ok) throw new Error('unexpected cycle');
  const items = new Map(view.items.map((i) => [i.id, i]));
  const next = result.items
    .filter((s) => s.start !== null && items.get(s.itemId)?.status === 'planned')
    .sort((a, b) => (a.start as string).localeCompare(b.start as string) || (items.get(a.itemId)?.position ?? 0) - (items.get(b.itemId)?.position ?? 0))
    .slice(0, DASHBOARD_NEXT_ITEMS)
    .map((s) => ({ itemId: s.itemId, skillId: s.skillId, skillName: items.get(s.itemId)?.skillName, targetLevel: 3, start: s.start, end: s.end, readyNow: s.readyNow }));
  return { id, name: view.roadmap.name, hoursPerWeek: view.hoursPerWeek, finish: result.finish, noTimePlanned: result.noTimePlanned, actualPace: result.actualPace, cycle: null, next };
}

describe('the dashboard’s roadmap card', () => {
  it('is null without a roadmap', async () => {
    expect(await card()).toBeNull();
  });

  it('gives the finish at the plan’s pace and the next three items by start; no actual pace without history', async () => {
    const roadmap = await fourSkills(5);
    const shown = await card();
    expect(shown).toEqual(await expectedCard(roadmap.id));
    expect(shown?.finish).not.toBeNull();
    expect(shown?.actualPace).toBeNull();
    expect(shown?.next.map((i) => i.skillId)).toEqual(['git', 'sql', 'docker']);
    expect(shown?.next[0]).toMatchObject({ skillName: 'Version control with Git', start: TODAY, readyNow: true });

    // Done items leave the list; the next planned ones move up.
    const view = await t.call<RoadmapView>('roadmap.get', { id: roadmap.id });
    await t.call('roadmap.updateItem', { id: view.items.find((i) => i.skillId === 'git')?.id, status: 'done' });
    const after = await card();
    expect(after).toEqual(await expectedCard(roadmap.id));
    expect(after?.next.map((i) => i.skillId)).toEqual(['sql', 'docker', 'kubernetes']);
  });

  it('gives the finish at the pace of the last four full weeks once they hold study, and drops it when that history ages out', async () => {
    const roadmap = await fourSkills(5);
    // TODAY is a Wednesday: the four full weeks before this one start on these Mondays.
    const mondays = ['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02'];
    const minutes = [120, 180, 60, 240];
    for (const [i, monday] of mondays.entries()) {
      await t.call('progress.logStudy', { skillId: 'python', date: dayAfter(monday, i), minutes: minutes[i], note: '' });
    }
    // Study this week does not count yet: the week is not over.
    await t.call('progress.logStudy', { skillId: 'python', date: TODAY, minutes: 600, note: '' });

    const shown = await card();
    expect(shown).toEqual(await expectedCard(roadmap.id));
    expect(shown?.actualPace?.hoursPerWeek).toBe((120 + 180 + 60 + 240) / 60 / 4);
    expect(shown?.actualPace?.finish).not.toBeNull();
    // Slower than the plan's 5 h a week, so later.
    expect((shown?.actualPace?.finish as string) > (shown?.finish as string)).toBe(true);

    t.setToday(dayAfter(TODAY, 7 * 6));
    expect((await card())?.actualPace).toBeNull();
  });

  it('says no time is planned at 0 hours a week, with no dates', async () => {
    const roadmap = await fourSkills(0);
    expect(await card()).toMatchObject({ id: roadmap.id, hoursPerWeek: 0, noTimePlanned: true, finish: null, next: [], cycle: null });
  });

  it('names the skills of a prerequisite cycle instead of dates', async () => {
    const roadmap = await fourSkills(5);
    // The app refuses a link that closes a cycle; write one as data from elsewhere could hold it.
    t.core.store.sqlite
      .prepare("INSERT INTO custom_edges (from_id, to_id, kind, created_at) VALUES ('kubernetes', 'docker', 'prerequisite', ?)")
      .run(new Date().toISOString());
    const shown = await card();
    expect(shown).toMatchObject({ id: roadmap.id, finish: null, actualPace: null, next: [] });
    expect(new Set(shown?.cycle)).toEqual(new Set(['Docker', 'Kubernetes']));
  });

  it('follows the active roadmap', async () => {
    const first = await fourSkills(5);
    const second = await t.call<RoadmapSummary>('roadmap.create', { name: 'Languages' });
    expect((await card())?.id).toBe(first.id);
    await t.call('roadmap.setActive', { id: second.id });
    expect(await card()).toMatchObject({ id: second.id, name: 'Languages', finish: null, next: [] });
    await t.call('roadmap.setArchived', { id: second.id, archived: true });
    expect((await card())?.id).toBe(first.id);
  });
});

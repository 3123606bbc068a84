import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDate } from '@shared/domain/dates';
import { skillGoalTrack, type Goal } from '@shared/domain/goals';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { GoalTrack, ScheduleResult } from '@shared/domain/roadmap-schedule-types';
import { VALID_PROFILE } from '../../support/temp-core';
import { TODAY, openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
  await t.call('profile.save', VALID_PROFILE);
});
afterEach(() => t.dispose());

const inDays = (n: number) => format(addDays(toDate(TODAY), n), 'yyyy-MM-dd');
const goals = () => t.call<Goal[]>('goals.list');
const goal = async (id: number) => (await goals()).find((g) => g.id === id) as Goal;
const createGoal = (input: object) => t.call<Goal>('goals.create', input);

/** A roadmap of Docker then Kubernetes (both to level 3) at the given hours per week. */
async function dockerToKubernetes(hoursPerWeek: number): Promise<RoadmapSummary> {
  const roadmap = await t.call<RoadmapSummary>('roadmap.create', { name: 'Containers' });
  await t.call('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'docker', targetLevel: 3 });
  await t.call('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'kubernetes', targetLevel: 3 });
  await t.call('roadmap.setPlan', { id: roadmap.id, hoursPerWeek });
  return roadmap;
}

/** What the scheduler itself says, from the very input the core built for the roadmap. */
async function scheduled(roadmapId: number): Promise<{ view: RoadmapView; result: Extract<ScheduleResult, { ok: true }> }> {
  const view = await t.call<RoadmapView>('roadmap.get', { id: roadmapId });
  const result = scheduleRoadmap(view.scheduleInput);
  if (!result.ok) throw new Error(`unexpected cycle ${result.cycle.join(' → ')}`);
  return { view, result };
}

const trackFor = (result: Extract<ScheduleResult, { ok: true }>, goalId: number) => result.goals.find((g) => g.goalId === goalId) as GoalTrack;

/** The old rough estimate, for goals the roadmap does not reach. */
const estimate = (g: Goal) =>
  skillGoalTrack({ remainingHours: g.remainingHours ?? Number.NaN, hoursPerWeek: VALID_PROFILE.hoursPerWeek, today: TODAY, dueDate: g.dueDate });

describe('goal tracks from the active roadmap', () => {
  it('a skill goal on the roadmap is behind by the weeks the schedule says; more hours per week put it on track', async () => {
    const roadmap = await dockerToKubernetes(2);
    const k8s = await createGoal({ kind: 'skill-level', title: 'Kubernetes 3', skillId: 'kubernetes', targetLevel: 3, dueDate: inDays(28) });

    const slow = await scheduled(roadmap.id);
    const expected = trackFor(slow.result, k8s.id);
    expect(expected.track).toBe('behind');
    // The goal's date is the end of the Kubernetes item, and the weeks are the whole weeks past the due date.
    const item = slow.view.items.find((i) => i.skillId === 'kubernetes');
    const end = slow.result.items.find((i) => i.itemId === item?.id)?.end as string;
    expect(expected.plannedEnd).toBe(end);
    expect(expected.weeksBehind).toBe(Math.ceil(differenceInCalendarDays(toDate(end), toDate(k8s.dueDate)) / 7));
    expect(expected.weeksBehind).toBeGreaterThan(1);
    expect(await goal(k8s.id)).toMatchObject({ track: 'behind', trackSource: 'roadmap', weeksBehind: expected.weeksBehind, plannedEnd: end });

    await t.call('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 80 });
    const fast = trackFor((await scheduled(roadmap.id)).result, k8s.id);
    expect(fast).toMatchObject({ track: 'on-track', weeksBehind: 0 });
    expect(fast.plannedEnd && fast.plannedEnd <= k8s.dueDate).toBe(true);
    expect(await goal(k8s.id)).toMatchObject({ track: 'on-track', trackSource: 'roadmap', weeksBehind: 0, plannedEnd: fast.plannedEnd });
  });

  it('follows the roadmap, not the profile: the same goal is behind on the roadmap while the estimate says on track', async () => {
    const roadmap = await dockerToKubernetes(1);
    // Docker to level 1: about 8 h, well within the profile's 6 h a week over four weeks, but the roadmap has 1 h a week.
    const docker = await createGoal({ kind: 'skill-level', title: 'Docker 1', skillId: 'docker', targetLevel: 1, dueDate: inDays(28) });
    expect(estimate(docker)).toBe('on-track');
    const expected = trackFor((await scheduled(roadmap.id)).result, docker.id);
    expect(expected.track).toBe('behind');
    expect(docker).toMatchObject({ track: 'behind', trackSource: 'roadmap', weeksBehind: expected.weeksBehind, plannedEnd: expected.plannedEnd });
  });

  it('a certification goal tied to a skill on the roadmap is paced to proficient by the schedule', async () => {
    const roadmap = await dockerToKubernetes(3);
    const cka = await createGoal({ kind: 'certification', title: 'CKA', skillId: 'kubernetes', dueDate: inDays(14) });
    const expected = trackFor((await scheduled(roadmap.id)).result, cka.id);
    expect(expected.track).toBe('behind');
    expect(await goal(cka.id)).toMatchObject({ trackSource: 'roadmap', track: 'behind', weeksBehind: expected.weeksBehind, plannedEnd: expected.plannedEnd });
  });

  it('goals the roadmap does not reach keep the estimate: another skill, or a level above the item’s target', async () => {
    const roadmap = await dockerToKubernetes(2);
    const go = await createGoal({ kind: 'skill-level', title: 'Go 2', skillId: 'go', targetLevel: 2, dueDate: inDays(60) });
    const dockerHigh = await createGoal({ kind: 'skill-level', title: 'Docker 4', skillId: 'docker', targetLevel: 4, dueDate: inDays(20) });
    const talk = await createGoal({ kind: 'custom', title: 'Give a talk', dueDate: inDays(10) });
    const { result } = await scheduled(roadmap.id);
    expect(result.goals.map((g) => g.goalId)).not.toContain(go.id);
    expect(result.goals.map((g) => g.goalId)).not.toContain(dockerHigh.id);

    for (const g of [go, dockerHigh]) {
      expect(await goal(g.id)).toMatchObject({ trackSource: 'estimate', track: estimate(g), weeksBehind: null, plannedEnd: null });
    }
    expect(await goal(talk.id)).toMatchObject({ trackSource: null, track: null, weeksBehind: null, plannedEnd: null });
    t.setToday(inDays(11));
    expect(await goal(talk.id)).toMatchObject({ trackSource: 'date', track: 'overdue' });
  });

  it('archiving, switching or deleting the active roadmap falls back to the estimate', async () => {
    const roadmap = await dockerToKubernetes(1);
    const docker = await createGoal({ kind: 'skill-level', title: 'Docker 1', skillId: 'docker', targetLevel: 1, dueDate: inDays(28) });
    expect(docker).toMatchObject({ trackSource: 'roadmap', track: 'behind' });
    const fallback = { trackSource: 'estimate', track: estimate(docker), weeksBehind: null, plannedEnd: null };

    await t.call('roadmap.setArchived', { id: roadmap.id, archived: true });
    expect(await goal(docker.id)).toMatchObject(fallback);
    await t.call('roadmap.setArchived', { id: roadmap.id, archived: false });
    expect(await goal(docker.id)).toMatchObject({ trackSource: 'roadmap', track: 'behind' });

    // Another roadmap without Docker becomes the active one.
    const other = await t.call<RoadmapSummary>('roadmap.create', { name: 'Languages' });
    await t.call('roadmap.addItem', { roadmapId: other.id, skillId: 'go', targetLevel: 2 });
    await t.call('roadmap.setActive', { id: other.id });
    expect(await goal(docker.id)).toMatchObject(fallback);
    await t.call('roadmap.setActive', { id: roadmap.id });
    expect(await goal(docker.id)).toMatchObject({ trackSource: 'roadmap' });

    await t.call('roadmap.delete', { id: other.id });
    await t.call('roadmap.delete', { id: roadmap.id });
    expect(await t.call('roadmap.list')).toEqual([]);
    expect(await goal(docker.id)).toMatchObject(fallback);
  });

  it('a prerequisite cycle on the roadmap falls back to the estimate, and the schedule comes back once it is gone', async () => {
    const roadmap = await dockerToKubernetes(1);
    const docker = await createGoal({ kind: 'skill-level', title: 'Docker 1', skillId: 'docker', targetLevel: 1, dueDate: inDays(28) });
    // The app refuses to add a link that closes a cycle, so write one as data from elsewhere (an older version, a hand edit) could hold it.
    t.core.store.sqlite
      .prepare("INSERT INTO custom_edges (from_id, to_id, kind, created_at) VALUES ('kubernetes', 'docker', 'prerequisite', ?)")
      .run(new Date().toISOString());
    const view = await t.call<RoadmapView>('roadmap.get', { id: roadmap.id });
    expect(view.schedule).toMatchObject({ ok: false });
    expect(await goal(docker.id)).toMatchObject({ trackSource: 'estimate', track: estimate(docker), weeksBehind: null, plannedEnd: null });

    await t.call('skills.removeEdge', { from: 'kubernetes', to: 'docker', kind: 'prerequisite' });
    expect(await goal(docker.id)).toMatchObject({ trackSource: 'roadmap', track: 'behind' });
  });

  it('a done goal has no track source; the dashboard lists goals the roadmap puts behind', async () => {
    await dockerToKubernetes(1);
    const docker = await createGoal({ kind: 'skill-level', title: 'Docker 1', skillId: 'docker', targetLevel: 1, dueDate: inDays(90) });
    const summary = await t.call<{ goalsDue: Goal[] }>('dashboard.summary', { streakUnit: 'days' });
    expect(summary.goalsDue.find((g) => g.id === docker.id)).toMatchObject({ track: 'behind', trackSource: 'roadmap' });

    await t.call('progress.set', { skillId: 'docker', level: 1 });
    expect(await goal(docker.id)).toMatchObject({ track: 'done', trackSource: null, weeksBehind: null, plannedEnd: null });
  });
});

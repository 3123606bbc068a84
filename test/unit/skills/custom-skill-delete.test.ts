import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DisabledEdge } from '@shared/domain/custom-edges';
import type { Goal } from '@shared/domain/goals';
import type { ProgressEvent, ProgressStats } from '@shared/domain/progress';
import type { DashboardSummary } from '@shared/domain/dashboard';
import type { SkillDetail } from '@shared/domain/skill-detail';
import type { SkillSummary } from '@shared/domain/skills';
import { TODAY, openSkillsCore } from './skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

async function failure(method: string, input: unknown) {
  const result = await t.core.router.dispatch(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

const ids = (links: ReadonlyArray<{ id: string }>) => links.map((l) => l.id);

async function temporalWithHistory() {
  const mine = await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
  await t.call('progress.set', { skillId: mine.id, status: 'learning', level: 1 });
  await t.call('progress.logStudy', { skillId: mine.id, date: TODAY, minutes: 90, note: 'sagas' });
  await t.call('skills.addEdge', { from: 'message-queues', to: mine.id, kind: 'prerequisite' });
  await t.call('skills.addEdge', { from: mine.id, to: 'kafka', kind: 'recommended' });
  const goal = await t.call<Goal>('goals.create', { kind: 'skill-level', title: 'Temporal 3', skillId: mine.id, targetLevel: 3, dueDate: '2026-09-01' });
  return { mine, goal };
}

describe('deleting a custom skill', () => {
  it('takes it out of lists and links; the log keeps its entries under its name, marked deleted; its goals say so', async () => {
    const { mine, goal } = await temporalWithHistory();
    expect(await t.call('skills.deleteCustom', { id: mine.id })).toEqual({ deleted: true });

    expect(ids(await t.call<SkillSummary[]>('skills.list'))).not.toContain(mine.id);
    const queues = await t.call<SkillDetail>('skills.get', { id: 'message-queues' });
    expect(ids(queues.unlocks)).not.toContain(mine.id);
    expect(ids((await t.call<SkillDetail>('skills.get', { id: 'kafka' })).related)).not.toContain(mine.id);

    const log = await t.call<ProgressEvent[]>('progress.log', {});
    expect(log.filter((e) => e.kind === 'study').map((e) => [e.skillName, e.skillDeleted, e.minutes])).toEqual([['Temporal workflows', true, 90]]);
    const summary = await t.call<DashboardSummary>('dashboard.summary', { streakUnit: 'days' });
    expect(summary.latest.every((e) => e.skillName === 'Temporal workflows' && e.skillDeleted)).toBe(true);
    expect(ids(summary.inProgress)).not.toContain(mine.id);
    // The time was really spent: it still counts in this week's hours.
    expect(summary.weekMinutes).toBe(90);
    expect((await t.call<ProgressStats>('progress.stats', { streakUnit: 'days' })).categories.map((c) => c.category)).not.toContain('architecture');

    expect((await t.call<Goal[]>('goals.list')).find((g) => g.id === goal.id)).toMatchObject({
      skillName: 'Temporal workflows',
      skillDeleted: true,
      track: null,
      remainingHours: null,
    });

    const page = await t.call<SkillDetail>('skills.get', { id: mine.id });
    expect(page).toMatchObject({ deletedAt: expect.any(String), minutesLogged: 90, prerequisites: [], related: [] });
    expect(page.history.map((e) => e.kind)).toEqual(['study', 'status', 'level']);
    expect(t.count('custom_skills')).toBe(1);
    expect(t.count('custom_edges')).toBe(2);
  });

  it('refuses to log, link, estimate or aim at a deleted skill, naming it; a new skill never takes its id', async () => {
    const { mine, goal } = await temporalWithHistory();
    await t.call('skills.deleteCustom', { id: mine.id });
    const gone = { code: 'NOT_FOUND', message: 'The skill “Temporal workflows” was deleted' };
    expect(await failure('progress.logStudy', { skillId: mine.id, date: TODAY, minutes: 5 })).toMatchObject(gone);
    expect(await failure('progress.set', { skillId: mine.id, level: 2 })).toMatchObject(gone);
    expect(await failure('skills.addEdge', { from: 'docker', to: mine.id, kind: 'recommended' })).toMatchObject({ ...gone, details: { issues: [{ path: ['to'] }] } });
    expect(await failure('skills.setEstimate', { id: mine.id, estimatedHours: 3 })).toMatchObject(gone);
    expect(await failure('goals.create', { kind: 'skill-level', title: 'x', skillId: mine.id, targetLevel: 1, dueDate: '2026-09-01' })).toMatchObject(gone);
    // Its goal can still be edited while it keeps the deleted skill...
    const kept = { id: goal.id, kind: 'skill-level', skillId: mine.id, targetLevel: 3, dueDate: '2026-09-01' } as const;
    expect(await t.call<Goal>('goals.update', { ...kept, title: 'Temporal, someday' })).toMatchObject({ title: 'Temporal, someday', skillDeleted: true });
    // ...or moved to a live one.
    expect(await t.call<Goal>('goals.update', { ...kept, title: 'Kafka', skillId: 'kafka' })).toMatchObject({ skillName: 'Apache Kafka', skillDeleted: false });

    expect((await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 5 })).id).toBe(`${mine.id}-2`);
  });

  it('only custom skills can be deleted', async () => {
    expect(await failure('skills.deleteCustom', { id: 'docker' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('catalog skill') });
    expect(await failure('skills.deleteCustom', { id: 'no-such-skill' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(ids(await t.call<SkillSummary[]>('skills.list'))).toContain('docker');
  });

  it('restoring brings the skill, its links and its goal track back', async () => {
    const { mine, goal } = await temporalWithHistory();
    await t.call('skills.deleteCustom', { id: mine.id });
    expect(await t.call('skills.deleteCustom', { id: mine.id })).toEqual({ deleted: false });
    expect(await t.call<SkillSummary>('skills.restoreCustom', { id: mine.id })).toMatchObject({ id: mine.id, level: 1, minutesLogged: 90 });
    expect(ids(await t.call<SkillSummary[]>('skills.list'))).toContain(mine.id);
    expect(ids((await t.call<SkillDetail>('skills.get', { id: 'message-queues' })).unlocks)).toContain(mine.id);
    expect((await t.call<Goal[]>('goals.list')).find((g) => g.id === goal.id)).toMatchObject({ skillDeleted: false, track: 'behind' });
    expect((await t.call<SkillDetail>('skills.get', { id: mine.id })).deletedAt).toBeNull();
  });

  it('a link added while the skill was gone that its own links now close into a cycle is turned off on restore, not deleted', async () => {
    const mine = await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
    await t.call('skills.addEdge', { from: 'docker', to: mine.id, kind: 'prerequisite' });
    await t.call('skills.addEdge', { from: mine.id, to: 'go', kind: 'prerequisite' });
    await t.call('skills.deleteCustom', { id: mine.id });
    await t.call('skills.addEdge', { from: 'go', to: 'docker', kind: 'prerequisite' });

    await t.call('skills.restoreCustom', { id: mine.id });
    const disabled = await t.call<DisabledEdge[]>('skills.disabledEdges');
    expect(disabled).toEqual([
      {
        from: 'go',
        fromName: 'Go',
        to: 'docker',
        toName: 'Docker',
        kind: 'prerequisite',
        reason: expect.stringMatching(/^Turned off when “Temporal workflows” was restored: it would close the prerequisite cycle \S/),
      },
    ]);
    const cycle = disabled[0]?.reason.split('prerequisite cycle ')[1]?.replace(/\.$/, '').split(' → ');
    expect(new Set(cycle)).toEqual(new Set(['Docker', 'Temporal workflows', 'Go']));
    expect(t.count('custom_edges')).toBe(3);
    const docker = await t.call<SkillDetail>('skills.get', { id: 'docker' });
    expect(ids(docker.prerequisites)).not.toContain('go');
    expect(docker.disabledLinks).toEqual(disabled);

    // Adding the same link again is refused while it still closes the cycle...
    expect(await failure('skills.addEdge', { from: 'go', to: 'docker', kind: 'prerequisite' })).toMatchObject({ code: 'CONFLICT' });
    // ...and turns it back on once it no longer does.
    expect(await t.call('skills.removeEdge', { from: mine.id, to: 'go', kind: 'prerequisite' })).toEqual({ removed: true });
    expect(await t.call('skills.addEdge', { from: 'go', to: 'docker', kind: 'prerequisite' })).toEqual({ added: true });
    expect(await t.call('skills.disabledEdges')).toEqual([]);
    expect(ids((await t.call<SkillDetail>('skills.get', { id: 'docker' })).prerequisites)).toContain('go');
  });
});

describe('removing a link', () => {
  it('removes the user’s own links in either direction; catalog links are refused', async () => {
    await t.call('skills.addEdge', { from: 'rust', to: 'graphql', kind: 'prerequisite' });
    await t.call('skills.addEdge', { from: 'graphql', to: 'go', kind: 'alternative' });
    const graphql = await t.call<SkillDetail>('skills.get', { id: 'graphql' });
    const mineOnly = [...graphql.prerequisites, ...graphql.related].filter((l) => l.custom).map((l) => l.edge);
    expect(mineOnly).toEqual([
      { from: 'rust', to: 'graphql', kind: 'prerequisite' },
      { from: 'graphql', to: 'go', kind: 'alternative' },
    ]);
    for (const edge of mineOnly) expect(await t.call('skills.removeEdge', edge)).toEqual({ removed: true });
    expect(await t.call('skills.removeEdge', { from: 'rust', to: 'graphql', kind: 'prerequisite' })).toEqual({ removed: false });
    const after = await t.call<SkillDetail>('skills.get', { id: 'graphql' });
    expect([...after.prerequisites, ...after.related].some((l) => l.custom)).toBe(false);

    expect(await failure('skills.removeEdge', { from: 'rest-apis', to: 'graphql', kind: 'prerequisite' })).toMatchObject({
      code: 'CONFLICT',
      message: 'That link comes from the catalog and cannot be removed',
    });
    expect(ids((await t.call<SkillDetail>('skills.get', { id: 'graphql' })).prerequisites)).toContain('rest-apis');
  });
});

describe('estimates of custom skills', () => {
  it('are the user’s own: editing changes the skill, and clearing is refused', async () => {
    const mine = await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
    expect(await t.call<SkillSummary>('skills.setEstimate', { id: mine.id, estimatedHours: 45 })).toMatchObject({ estimatedHours: 45, estimateEdited: false });
    expect(await failure('skills.setEstimate', { id: mine.id, estimatedHours: null })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['estimatedHours'], message: 'A skill of your own needs an estimate' }] },
    });
    expect(t.count('skill_estimates')).toBe(0);
  });
});

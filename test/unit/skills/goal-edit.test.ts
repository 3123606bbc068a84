import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Goal } from '@shared/domain/goals';
import { VALID_PROFILE } from '../../support/temp-core';
import { TODAY, openSkillsCore } from './skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

const goals = () => t.call<Goal[]>('goals.list');
const only = async () => {
  const list = await goals();
  expect(list).toHaveLength(1);
  return list[0] as Goal;
};

async function failure(method: string, input: unknown) {
  const result = await t.core.router.dispatch(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

describe('editing a goal', () => {
  it('changes title, due date and note; a due date may stay in the past but not move there', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'custom', title: 'Talk', dueDate: '2026-04-01', note: 'meetup' });
    const edited = await t.call<Goal>('goals.update', { id: goal.id, kind: 'custom', title: 'Conference talk', dueDate: '2026-05-01', note: 'CFP open' });
    expect(edited).toMatchObject({ id: goal.id, title: 'Conference talk', dueDate: '2026-05-01', note: 'CFP open', createdAt: goal.createdAt });

    t.setToday('2026-06-01');
    // Overdue: fixing the title must not force a new due date...
    expect(await t.call<Goal>('goals.update', { id: goal.id, kind: 'custom', title: 'Talk at a conference', dueDate: '2026-05-01' })).toMatchObject({
      title: 'Talk at a conference',
      track: 'overdue',
    });
    // ...but a changed due date cannot be in the past.
    const error = await failure('goals.update', { id: goal.id, kind: 'custom', title: 'x', dueDate: '2026-05-15' });
    expect(error).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: ['dueDate'], message: 'Due date cannot be in the past (today is 2026-06-01)' }] } });
    expect((await only()).title).toBe('Talk at a conference');
  });

  it('the contract checks an edit like a new goal, and an unknown or deleted goal is NOT_FOUND', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'salary', title: '200k', targetSalary: 200000, dueDate: '2027-01-01' });
    expect(await failure('goals.update', { id: goal.id, kind: 'salary', title: ' ', targetSalary: 0, dueDate: '2027-01-01' })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('title: Title cannot be empty'),
    });
    expect(await failure('goals.update', { id: 999, kind: 'custom', title: 'x', dueDate: '2027-01-01' })).toMatchObject({ code: 'NOT_FOUND' });
    await t.call('goals.delete', { id: goal.id });
    expect(await failure('goals.update', { id: goal.id, kind: 'custom', title: 'x', dueDate: '2027-01-01' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a completed goal: title and note keep it done; a target the data no longer reaches reopens it, one it reaches keeps the date', async () => {
    const skillGoal = { kind: 'skill-level', title: 'Docker 2', skillId: 'docker', dueDate: '2026-12-01' } as const;
    const goal = await t.call<Goal>('goals.create', { ...skillGoal, targetLevel: 2 });
    await t.call('progress.set', { skillId: 'docker', level: 2 });
    expect(await only()).toMatchObject({ completedAt: TODAY, track: 'done' });

    t.setToday('2026-03-20');
    expect(await t.call<Goal>('goals.update', { ...skillGoal, id: goal.id, targetLevel: 2, title: 'Docker basics', note: 'n' })).toMatchObject({ completedAt: TODAY });
    expect(await t.call<Goal>('goals.update', { ...skillGoal, id: goal.id, targetLevel: 1 })).toMatchObject({ completedAt: TODAY, track: 'done' });
    expect(await t.call<Goal>('goals.update', { ...skillGoal, id: goal.id, targetLevel: 4 })).toMatchObject({ completedAt: null, currentLevel: 2, remainingHours: 16.7 });
    // Open again, so reaching the target again completes it on the day of the edit.
    expect(await t.call<Goal>('goals.update', { ...skillGoal, id: goal.id, targetLevel: 2 })).toMatchObject({ completedAt: '2026-03-20' });
  });

  it('a goal only the user can judge stays as the user left it; changing its kind to a measurable one lets the data decide', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'custom', title: 'Ship it', dueDate: '2026-12-01' });
    await t.call('goals.markDone', { id: goal.id });
    expect(await t.call<Goal>('goals.update', { id: goal.id, kind: 'certification', skillId: null, title: 'Ship it', dueDate: '2026-12-01' })).toMatchObject({
      completedAt: TODAY,
    });
    expect(await t.call<Goal>('goals.update', { id: goal.id, kind: 'salary', targetSalary: 1, title: 'Paid', dueDate: '2026-12-01' })).toMatchObject({
      completedAt: null, // no salary in the profile: not reached
      targetSalary: 1,
      skillId: null,
    });
  });
});

describe('what a goal shows', () => {
  it('salary and career goals carry the target and where the profile stands; only paced goals have on track / behind', async () => {
    await t.call('profile.save', { ...VALID_PROFILE, currency: 'EUR' });
    await t.call('goals.create', { kind: 'salary', title: 'Salary', targetSalary: 200000, dueDate: '2026-12-01' });
    await t.call('goals.create', { kind: 'career-level', title: 'Career', careerLevel: 'senior', dueDate: '2026-12-02' });
    await t.call('goals.create', { kind: 'custom', title: 'Custom', dueDate: '2026-12-03' });
    await t.call('goals.create', { kind: 'certification', title: 'Cert alone', dueDate: '2026-12-04' });
    await t.call('goals.create', { kind: 'certification', title: 'Cert with skill', skillId: 'cka', dueDate: '2026-12-05' });
    await t.call('goals.create', { kind: 'skill-level', title: 'Skill', skillId: 'go', targetLevel: 1, dueDate: '2026-12-06' });
    const byTitle = new Map((await goals()).map((g) => [g.title, g]));
    expect(byTitle.get('Salary')).toMatchObject({ targetSalary: 200000, currentSalary: 150000, currency: 'EUR', track: null });
    expect(byTitle.get('Career')).toMatchObject({ careerLevel: 'senior', currentCareerLevel: 'mid', track: null });
    expect(byTitle.get('Custom')).toMatchObject({ track: null });
    expect(byTitle.get('Cert alone')).toMatchObject({ track: null, remainingHours: null });
    expect(byTitle.get('Cert with skill')).toMatchObject({ track: 'on-track', remainingHours: expect.any(Number) });
    expect(byTitle.get('Cert with skill')?.remainingHours).toBeGreaterThan(0);
    expect(byTitle.get('Skill')).toMatchObject({ track: 'on-track', currentLevel: 0 });

    t.setToday('2026-12-04');
    const overdue = (await goals()).filter((g) => g.track === 'overdue').map((g) => g.title);
    expect(overdue).toEqual(['Salary', 'Career', 'Custom']);
  });
});

describe('deleting a goal and undoing it', () => {
  it('a deleted goal leaves every list; restore brings it back as it was', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'custom', title: 'Soon', dueDate: '2026-03-20', note: 'keep me' });
    await t.call('goals.markDone', { id: goal.id });
    const before = await only();
    expect(await t.call('goals.delete', { id: goal.id })).toEqual({ deleted: true });
    expect(await goals()).toEqual([]);
    expect(await t.call('goals.delete', { id: goal.id })).toEqual({ deleted: false });
    expect(await failure('goals.markDone', { id: goal.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(t.count('goals')).toBe(1);

    expect(await t.call<Goal>('goals.restore', { id: goal.id })).toEqual(before);
    expect(await goals()).toEqual([before]);
    expect(await failure('goals.restore', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a deleted goal is not evaluated; restored after its target was reached, it completes that day', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'skill-level', title: 'SQL 1', skillId: 'sql', targetLevel: 1, dueDate: '2026-12-01' });
    await t.call('goals.delete', { id: goal.id });
    await t.call('progress.set', { skillId: 'sql', level: 1 });
    expect(t.core.store.sqlite.prepare('SELECT completed_at AS c FROM goals').get()).toEqual({ c: null });
    t.setToday('2026-03-12');
    expect(await t.call<Goal>('goals.restore', { id: goal.id })).toMatchObject({ completedAt: '2026-03-12', track: 'done' });
  });
});

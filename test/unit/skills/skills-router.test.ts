import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedSkillCatalog } from '../../../electron/core/seed/skill-catalog';
import type { Goal } from '@shared/domain/goals';
import type { ProgressEvent, ProgressStats } from '@shared/domain/progress';
import type { DashboardSummary } from '@shared/domain/dashboard';
import type { SkillDetail } from '@shared/domain/skill-detail';
import type { SkillSummary } from '@shared/domain/skills';
import { DATA_DIR, VALID_PROFILE, tempDir } from '../../support/temp-core';
import { TODAY, openSkillsCore } from './skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

const USER_TABLES = ['progress_events', 'skill_progress', 'goals', 'skill_notes', 'user_resources', 'custom_skills', 'custom_edges', 'skill_estimates'];
const userRowCounts = () => Object.fromEntries(USER_TABLES.map((table) => [table, t.count(table)]));

async function expectRejected(method: string, input: unknown, field: string, message: RegExp) {
  const before = userRowCounts();
  const result = await t.core.router.dispatch(method, input);
  expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  const issue = result.error.details?.issues.find((i) => i.path[0] === field);
  expect(issue, `an issue naming ${field}: ${result.error.message}`).toBeDefined();
  expect(issue?.message).toMatch(message);
  expect(result.error.message).toContain(`${field}: `);
  expect(userRowCounts()).toEqual(before);
}

describe('bad input is rejected by the contract with a message naming the field, and nothing is written', () => {
  it('minutes of 0, below 0, fractional or over 24 hours', async () => {
    const study = { skillId: 'docker', date: TODAY, note: '' };
    await expectRejected('progress.logStudy', { ...study, minutes: 0 }, 'minutes', /more than 0/);
    await expectRejected('progress.logStudy', { ...study, minutes: -30 }, 'minutes', /more than 0/);
    await expectRejected('progress.logStudy', { ...study, minutes: 1441 }, 'minutes', /at most 1440 \(24 hours\)/);
    await expectRejected('progress.logStudy', { ...study, minutes: 12.5 }, 'minutes', /whole number/);
  });

  it('levels outside 0–5', async () => {
    await expectRejected('progress.set', { skillId: 'docker', level: 6 }, 'level', /at most 5/);
    await expectRejected('progress.set', { skillId: 'docker', level: -1 }, 'level', /at least 0/);
    await expectRejected('progress.set', { skillId: 'docker', targetLevel: 9 }, 'targetLevel', /Target level must be at most 5/);
    await expectRejected('goals.create', { kind: 'skill-level', title: 'K8s', skillId: 'kubernetes', targetLevel: 7, dueDate: '2026-12-01' }, 'targetLevel', /at most 5/);
  });

  it('due dates in the past on create, and dates that do not exist', async () => {
    await expectRejected('goals.create', { kind: 'custom', title: 'Old', dueDate: '2026-03-10' }, 'dueDate', /cannot be in the past \(today is 2026-03-11\)/);
    await expectRejected('goals.create', { kind: 'custom', title: 'Odd', dueDate: '2026-02-30' }, 'dueDate', /real date/);
    await expectRejected('progress.logStudy', { skillId: 'docker', date: '2026-03-12', minutes: 30 }, 'date', /cannot be in the future/);
  });

  it('empty titles', async () => {
    await expectRejected('goals.create', { kind: 'custom', title: '', dueDate: '2026-12-01' }, 'title', /cannot be empty/);
    await expectRejected('goals.create', { kind: 'custom', title: '   ', dueDate: '2026-12-01' }, 'title', /cannot be empty/);
    await expectRejected('skills.createCustom', { name: ' ', category: 'languages', estimatedHours: 10 }, 'name', /cannot be empty/);
    await expectRejected('skills.addResource', { skillId: 'docker', title: '', url: 'https://docs.docker.com/' }, 'title', /cannot be empty/);
  });

  it('10 MB notes', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    await expectRejected('skills.saveNote', { skillId: 'docker', body: huge }, 'body', /at most 100,000 characters/);
    await expectRejected('progress.logStudy', { skillId: 'docker', date: TODAY, minutes: 30, note: huge }, 'note', /at most 2,000 characters/);
    await expectRejected('goals.create', { kind: 'custom', title: 'Big', dueDate: '2026-12-01', note: huge }, 'note', /at most 10,000 characters/);
  });

  it('resource links that are not https', async () => {
    await expectRejected('skills.addResource', { skillId: 'docker', title: 'x', url: 'javascript:alert(1)' }, 'url', /https/);
    await expectRejected('skills.addResource', { skillId: 'docker', title: 'x', url: 'http://example.com' }, 'url', /https/);
  });

  it('unknown skills are refused as NOT_FOUND naming the field', async () => {
    const result = await t.core.router.dispatch('progress.logStudy', { skillId: 'no-such-skill', date: TODAY, minutes: 30 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { issues: [{ path: ['skillId'] }] } } });
    expect(t.count('progress_events')).toBe(0);
  });
});

describe('progress', () => {
  it('records level and status changes as events and derives hours, streak and heatmap from the log', async () => {
    await t.call('progress.set', { skillId: 'docker', status: 'learning', targetLevel: 3 });
    t.setToday('2026-03-09');
    await t.call('progress.logStudy', { skillId: 'docker', date: '2026-03-09', minutes: 60, note: 'images' });
    t.setToday(TODAY);
    await t.call('progress.logStudy', { skillId: 'docker', date: '2026-03-10', minutes: 45 });
    await t.call('progress.logStudy', { skillId: 'docker', date: TODAY, minutes: 30 });
    await t.call('progress.set', { skillId: 'docker', level: 2 });

    const docker = (await t.call<SkillSummary[]>('skills.list')).find((s) => s.id === 'docker');
    expect(docker).toMatchObject({ level: 2, targetLevel: 3, status: 'learning', minutesLogged: 135 });

    const stats = await t.call<ProgressStats>('progress.stats', { streakUnit: 'days' });
    expect(stats.streak).toBe(3);
    expect(stats.weeks.at(-1)).toEqual({ weekStart: '2026-03-09', minutes: 135 });
    expect(stats.days.filter((d) => d.minutes > 0).map((d) => d.date)).toEqual(['2026-03-09', '2026-03-10', TODAY]);
    expect(stats.categories.find((c) => c.category === 'infrastructure')).toMatchObject({ current: 2, target: 3 });

    const detail = await t.call<SkillDetail>('skills.get', { id: 'docker' });
    // Newest date first, then the order of entry: today's four events, then the two earlier sessions.
    expect(detail.history.map((e) => [e.kind, e.date])).toEqual([
      ['level', TODAY],
      ['study', TODAY],
      ['status', TODAY],
      ['target', TODAY],
      ['study', '2026-03-10'],
      ['study', '2026-03-09'],
    ]);
    expect(detail.levelHistory).toEqual([{ date: TODAY, level: 0 }, { date: TODAY, level: 2 }]);
    expect(detail.prerequisites).toEqual([expect.objectContaining({ id: 'linux-shell', met: false })]);
    expect(detail.unlocks.map((s) => s.id)).toContain('kubernetes');
  });

  it('a correction or deletion is a new event; the old entry stays in the history and stops counting', async () => {
    const first = await t.call<ProgressEvent>('progress.logStudy', { skillId: 'sql', date: '2026-03-10', minutes: 600 });
    const second = await t.call<ProgressEvent>('progress.logStudy', { skillId: 'sql', date: '2026-03-11', minutes: 20 });
    const fixed = await t.call<ProgressEvent>('progress.editStudy', { eventId: first.id, date: '2026-03-10', minutes: 60, note: 'typo' });
    expect(fixed.supersedes).toBe(first.id);
    const voided = await t.call<ProgressEvent>('progress.deleteStudy', { eventId: second.id });
    expect(voided).toMatchObject({ kind: 'void', supersedes: second.id });

    const log = await t.call<ProgressEvent[]>('progress.log', { skillId: 'sql' });
    expect(log.map((e) => [e.id, e.kind, e.superseded])).toEqual([
      [voided.id, 'void', false],
      [second.id, 'study', true],
      [fixed.id, 'study', false],
      [first.id, 'study', true],
    ]);
    expect((await t.call<SkillDetail>('skills.get', { id: 'sql' })).minutesLogged).toBe(60);

    const again = await t.core.router.dispatch('progress.editStudy', { eventId: first.id, date: '2026-03-10', minutes: 5 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.count('progress_events')).toBe(4);
  });

  it('custom skills, edges, estimates, resources and notes; a prerequisite cycle is refused and named', async () => {
    const mine = await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 25 });
    expect(mine).toMatchObject({ id: 'custom-temporal-workflows', custom: true, estimatedHours: 25 });
    expect((await t.call<SkillSummary>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 5 })).id).toBe('custom-temporal-workflows-2');
    await t.call('skills.addEdge', { from: 'message-queues', to: mine.id, kind: 'prerequisite' });
    const cycle = await t.core.router.dispatch('skills.addEdge', { from: mine.id, to: 'message-queues', kind: 'prerequisite' });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'That would make a prerequisite cycle: Temporal workflows → Message queues → Temporal workflows' } });

    await t.call('skills.setEstimate', { id: 'docker', estimatedHours: 12 });
    await t.call('skills.addResource', { skillId: 'docker', title: 'My notes site', url: 'https://example.org/docker' });
    await t.call('skills.saveNote', { skillId: 'docker', body: '# Docker\n<script>alert(1)</script>' });
    const docker = await t.call<SkillDetail>('skills.get', { id: 'docker' });
    expect(docker).toMatchObject({ estimatedHours: 12, estimateEdited: true, note: '# Docker\n<script>alert(1)</script>' });
    expect(docker.resources.map((r) => [r.url, r.own])).toEqual([['https://docs.docker.com/', false], ['https://example.org/docker', true]]);
  });
});

describe('catalog updates never reset user data', () => {
  it('a new catalog version replaces catalog rows in one go and leaves every user row alone', async () => {
    await t.call('progress.set', { skillId: 'docker', level: 2, status: 'learning' });
    await t.call('progress.logStudy', { skillId: 'docker', date: TODAY, minutes: 30 });
    await t.call('skills.setEstimate', { id: 'docker', estimatedHours: 12 });
    await t.call('skills.saveNote', { skillId: 'docker', body: 'keep me' });
    await t.call('skills.createCustom', { name: 'Mine', category: 'people', estimatedHours: 3 });
    await t.call('goals.create', { kind: 'skill-level', title: 'Docker 4', skillId: 'docker', targetLevel: 4, dueDate: '2026-09-01' });
    const before = userRowCounts();

    const data = tempDir();
    try {
      const catalog = JSON.parse(readFileSync(path.join(DATA_DIR, 'skills.json'), 'utf8')) as { version: number; skills: Array<{ id: string; name: string }> };
      catalog.version += 1;
      for (const s of catalog.skills) if (s.id === 'docker') s.name = 'Docker (containers)';
      cpSync(DATA_DIR, data.dir, { recursive: true });
      writeFileSync(path.join(data.dir, 'skills.json'), JSON.stringify(catalog));
      expect(seedSkillCatalog(t.core.store.sqlite, data.dir)).toEqual({ loaded: true, version: catalog.version, disabledEdges: 0 });
      expect(seedSkillCatalog(t.core.store.sqlite, data.dir)).toEqual({ loaded: false, version: catalog.version, disabledEdges: 0 });
    } finally {
      data.remove();
    }
    expect(userRowCounts()).toEqual(before);
    const docker = await t.call<SkillDetail>('skills.get', { id: 'docker' });
    expect(docker).toMatchObject({ name: 'Docker (containers)', level: 2, status: 'learning', estimatedHours: 12, note: 'keep me', minutesLogged: 30 });
  });

  it('a broken catalog file is refused with the problem named, and nothing changes', async () => {
    const data = tempDir();
    try {
      const catalog = JSON.parse(readFileSync(path.join(DATA_DIR, 'skills.json'), 'utf8')) as { version: number; edges: unknown[] };
      catalog.version += 1;
      catalog.edges.push({ from: 'kubernetes', to: 'docker', kind: 'prerequisite' });
      writeFileSync(path.join(data.dir, 'skills.json'), JSON.stringify(catalog));
      expect(() => seedSkillCatalog(t.core.store.sqlite, data.dir)).toThrow(/Prerequisite cycle: docker → kubernetes → docker/);
    } finally {
      data.remove();
    }
    expect(t.count('catalog_skills')).toBeGreaterThanOrEqual(80);
  });
});

describe('goals', () => {
  it('a skill goal completes itself when the level is reached, records the date and never un-completes', async () => {
    const goal = await t.call<Goal>('goals.create', { kind: 'skill-level', title: 'Docker at 3', skillId: 'docker', targetLevel: 3, dueDate: '2026-06-01' });
    expect(goal).toMatchObject({ completedAt: null, track: 'behind', remainingHours: 25 }); // no profile: 0 h/week
    await t.call('profile.save', { ...VALID_PROFILE, hoursPerWeek: 6 });
    expect((await t.call<Goal[]>('goals.list'))[0]).toMatchObject({ track: 'on-track' });

    t.setToday('2026-03-20');
    await t.call('progress.set', { skillId: 'docker', level: 3 });
    expect((await t.call<Goal[]>('goals.list'))[0]).toMatchObject({ completedAt: '2026-03-20', track: 'done' });
    await t.call('progress.set', { skillId: 'docker', level: 1 });
    expect((await t.call<Goal[]>('goals.list'))[0]).toMatchObject({ completedAt: '2026-03-20', track: 'done' });
  });

  it('salary and career goals complete when the profile reaches them', async () => {
    await t.call('profile.save', VALID_PROFILE);
    await t.call('goals.create', { kind: 'salary', title: '200k', targetSalary: 200000, dueDate: '2027-01-01' });
    await t.call('goals.create', { kind: 'career-level', title: 'Senior', careerLevel: 'senior', dueDate: '2027-01-01' });
    expect((await t.call<Goal[]>('goals.list')).map((g) => g.completedAt)).toEqual([null, null]);
    await t.call('profile.save', { ...VALID_PROFILE, currentSalary: 205000, careerLevel: 'senior' });
    const rows = t.core.store.sqlite.prepare('SELECT completed_at AS c FROM goals').all();
    expect(rows).toEqual([{ c: TODAY }, { c: TODAY }]);
  });

  it('custom goals are done when the user says so; they have no track until they are overdue', async () => {
    const custom = await t.call<Goal>('goals.create', { kind: 'custom', title: 'Give a talk', dueDate: '2026-04-01' });
    expect(custom.track).toBeNull();
    t.setToday('2026-04-02');
    expect((await t.call<Goal[]>('goals.list'))[0]?.track).toBe('overdue');
    expect(await t.call<Goal>('goals.markDone', { id: custom.id })).toMatchObject({ track: 'done', completedAt: '2026-04-02' });
  });

  it('the dashboard shows this week, the streak, goals due soon, skills in progress and the latest entries', async () => {
    await t.call('progress.set', { skillId: 'go', status: 'learning' });
    await t.call('progress.logStudy', { skillId: 'go', date: '2026-03-08', minutes: 50 });
    await t.call('progress.logStudy', { skillId: 'go', date: TODAY, minutes: 40 });
    await t.call('goals.create', { kind: 'custom', title: 'Soon', dueDate: '2026-03-30' });
    await t.call('goals.create', { kind: 'custom', title: 'Later', dueDate: '2026-12-30' });
    const summary = await t.call<DashboardSummary>('dashboard.summary', { streakUnit: 'weeks' });
    expect(summary).toMatchObject({ today: TODAY, weekMinutes: 40, streak: 2, streakUnit: 'weeks' });
    expect(summary.goalsDue.map((g) => g.title)).toEqual(['Soon']);
    expect(summary.inProgress.map((s) => s.id)).toEqual(['go']);
    expect(summary.latest.map((e) => [e.date, e.minutes])).toEqual([[TODAY, 40], [TODAY, null], ['2026-03-08', 50]]);
  });
});

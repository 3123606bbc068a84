import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedRoadmapPaths } from '../../../electron/core/seed/roadmap-paths';
import type { AddedItems, PathsFile, RoadmapItem, RoadmapPath, RoadmapSummary, RoadmapView, RoadmapWeekOff } from '@shared/domain/roadmap';
import { DATA_DIR, VALID_PROFILE, tempDir } from '../../support/temp-core';
import { TODAY, openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

const ROADMAP_TABLES = ['roadmaps', 'roadmap_items', 'roadmap_weeks_off'];
const rowCounts = () => Object.fromEntries(ROADMAP_TABLES.map((table) => [table, t.count(table)]));

const create = (input: object) => t.call<RoadmapSummary>('roadmap.create', input);
const view = (id: number) => t.call<RoadmapView>('roadmap.get', { id });
const list = () => t.call<RoadmapSummary[]>('roadmap.list');
const skillsOf = async (id: number) => (await view(id)).items.map((i) => i.skillId);

async function expectRejected(method: string, input: unknown, field: string, message: RegExp, code = 'VALIDATION') {
  const before = rowCounts();
  const result = await t.core.router.dispatch(method, input);
  expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  const issue = result.error.details?.issues.find((i) => i.path[0] === field);
  expect(issue, `an issue naming ${field}: ${result.error.message}`).toBeDefined();
  expect(issue?.message).toMatch(message);
  if (code === 'VALIDATION') expect(result.error.message).toContain(`${field}: `);
  expect(rowCounts()).toEqual(before);
}

describe('roadmaps from bundled paths', () => {
  it('lists the six bundled paths with skill names and hours', async () => {
    const paths = await t.call<RoadmapPath[]>('roadmap.listPaths');
    expect(paths).toHaveLength(6);
    const cloud = paths.find((p) => p.id === 'cloud-native-devops');
    expect(cloud?.name).toBe('Cloud-native and DevOps');
    expect(cloud?.items[0]).toEqual({ skillId: 'linux-shell', skillName: 'Linux and the shell', targetLevel: 3 });
    expect(cloud?.estimatedHours).toBeGreaterThan(0);
  });

  it('a roadmap from a path is a copy: editing it leaves the path alone, and a newer bundled version leaves the copy alone', async () => {
    const pathsBefore = await t.call<RoadmapPath[]>('roadmap.listPaths');
    const foundations = pathsBefore.find((p) => p.id === 'backend-foundations');
    const mine = await create({ pathId: 'backend-foundations' });
    expect(mine).toMatchObject({ name: 'Back-end foundations', sourcePathId: 'backend-foundations', sourcePathName: 'Back-end foundations', itemCount: foundations?.items.length });
    const items = (await view(mine.id)).items;
    expect(items.map((i) => [i.skillId, i.targetLevel])).toEqual(foundations?.items.map((i) => [i.skillId, i.targetLevel]));

    const git = items.find((i) => i.skillId === 'git');
    await t.call('roadmap.updateItem', { id: git?.id, targetLevel: 5, status: 'done' });
    await t.call('roadmap.removeItem', { id: items.find((i) => i.skillId === 'python')?.id });
    await t.call('roadmap.addItem', { roadmapId: mine.id, skillId: 'kafka' });
    expect(await t.call<RoadmapPath[]>('roadmap.listPaths')).toEqual(pathsBefore);
    const edited = await view(mine.id);

    const data = tempDir();
    try {
      const file = JSON.parse(readFileSync(path.join(DATA_DIR, 'roadmap-paths.json'), 'utf8')) as PathsFile;
      file.version += 1;
      const changed = file.paths.find((p) => p.id === 'backend-foundations');
      if (!changed) throw new Error('no backend-foundations path');
      changed.name = 'Back-end basics';
      changed.items = changed.items.filter((i) => i.skillId !== 'git');
      cpSync(DATA_DIR, data.dir, { recursive: true });
      writeFileSync(path.join(data.dir, 'roadmap-paths.json'), JSON.stringify(file));
      expect(seedRoadmapPaths(t.core.store.sqlite, data.dir)).toEqual({ loaded: true, version: file.version });
      expect(seedRoadmapPaths(t.core.store.sqlite, data.dir)).toEqual({ loaded: false, version: file.version });
    } finally {
      data.remove();
    }
    const pathsAfter = await t.call<RoadmapPath[]>('roadmap.listPaths');
    expect(pathsAfter.find((p) => p.id === 'backend-foundations')?.items.some((i) => i.skillId === 'git')).toBe(false);
    const after = await view(mine.id);
    expect(after.items).toEqual(edited.items);
    expect(after.roadmap).toMatchObject({ name: 'Back-end foundations', sourcePathName: 'Back-end basics' });
  });

  it('an unknown path is NOT_FOUND naming pathId', async () => {
    await expectRejected('roadmap.create', { pathId: 'no-such-path' }, 'pathId', /no bundled path "no-such-path"/, 'NOT_FOUND');
  });
});

describe('adding items', () => {
  it('adds only the skill unless asked, and refuses a skill already there', async () => {
    const r = await create({ name: 'Mine' });
    const added = await t.call<AddedItems>('roadmap.addItem', { roadmapId: r.id, skillId: 'helm', targetLevel: 2 });
    expect(added.items.map((i) => [i.skillId, i.targetLevel, i.position])).toEqual([['helm', 2, 0]]);
    await expectRejected('roadmap.addItem', { roadmapId: r.id, skillId: 'helm' }, 'skillId', /already in this roadmap/, 'CONFLICT');
    await expectRejected('roadmap.addItem', { roadmapId: r.id, skillId: 'no-such-skill' }, 'skillId', /Unknown skill/, 'NOT_FOUND');
  });

  it('with prerequisites: the unmet ones transitively, in prerequisite order, in one step', async () => {
    const r = await create({ name: 'Mine' });
    const added = await t.call<AddedItems>('roadmap.addItem', { roadmapId: r.id, skillId: 'helm', targetLevel: 4, withPrerequisites: true });
    expect(added.items.map((i) => [i.skillId, i.targetLevel])).toEqual([
      ['linux-shell', 3],
      ['docker', 3],
      ['kubernetes', 3],
      ['helm', 4],
    ]);
    expect(await skillsOf(r.id)).toEqual(['linux-shell', 'docker', 'kubernetes', 'helm']);
  });

  it('a prerequisite with several of its own comes after all of them', async () => {
    const r = await create({ name: 'Data' });
    await t.call('roadmap.addItem', { roadmapId: r.id, skillId: 'query-optimization', withPrerequisites: true });
    const order = await skillsOf(r.id);
    expect([...order].sort()).toEqual(['indexing', 'postgresql', 'query-optimization', 'schema-design', 'sql']);
    const at = (id: string) => order.indexOf(id);
    for (const [from, to] of [['sql', 'postgresql'], ['sql', 'schema-design'], ['schema-design', 'indexing'], ['postgresql', 'indexing'], ['indexing', 'query-optimization']]) {
      expect(at(from as string), `${from} before ${to}`).toBeLessThan(at(to as string));
    }
  });

  it('skips prerequisites already met (level or done) or already in the roadmap', async () => {
    await t.call('progress.set', { skillId: 'docker', level: 3 });
    const r = await create({ name: 'K8s' });
    await t.call('roadmap.addItem', { roadmapId: r.id, skillId: 'helm', withPrerequisites: true });
    expect(await skillsOf(r.id)).toEqual(['kubernetes', 'helm']);

    const other = await create({ name: 'Other' });
    await t.call('roadmap.addItem', { roadmapId: other.id, skillId: 'rest-apis' });
    await t.call('roadmap.addItem', { roadmapId: other.id, skillId: 'api-caching', withPrerequisites: true });
    expect(await skillsOf(other.id)).toEqual(['rest-apis', 'http', 'api-caching']);
  });
});

describe('order, items and weeks off', () => {
  it('reorder takes the full list of item ids; anything else is refused naming itemIds', async () => {
    const r = await create({ pathId: 'cloud-native-devops' });
    const ids = (await view(r.id)).items.map((i) => i.id);
    const reversed = [...ids].reverse();
    await t.call('roadmap.reorder', { roadmapId: r.id, itemIds: reversed });
    const after = await view(r.id);
    expect(after.items.map((i) => i.id)).toEqual(reversed);
    expect(after.items.map((i) => i.position)).toEqual(reversed.map((_, i) => i));

    await expectRejected('roadmap.reorder', { roadmapId: r.id, itemIds: reversed.slice(1) }, 'itemIds', /must list all/);
    await expectRejected('roadmap.reorder', { roadmapId: r.id, itemIds: [reversed[0], ...reversed.slice(0, -1)] }, 'itemIds', /twice/);
    const other = await create({ name: 'Other' });
    const foreign = (await t.call<AddedItems>('roadmap.addItem', { roadmapId: other.id, skillId: 'git' })).items[0]?.id;
    await expectRejected('roadmap.reorder', { roadmapId: r.id, itemIds: [...reversed.slice(1), foreign] }, 'itemIds', /not in this roadmap/);
    await expectRejected('roadmap.reorder', { roadmapId: r.id, itemIds: 'all' }, 'itemIds', /must be a list/);
  });

  it('removing an item closes the gap in positions', async () => {
    const r = await create({ pathId: 'cloud-native-devops' });
    const items = (await view(r.id)).items;
    expect(await t.call('roadmap.removeItem', { id: items[1]?.id })).toEqual({ removed: true });
    expect(await t.call('roadmap.removeItem', { id: items[1]?.id })).toEqual({ removed: false });
    const after = (await view(r.id)).items;
    expect(after.map((i) => i.position)).toEqual(after.map((_, i) => i));
    expect(after.map((i) => i.id)).toEqual(items.filter((_, i) => i !== 1).map((i) => i.id));
  });

  it('updates an item: target level, hours override, pinned start, status, and clears them with null', async () => {
    const r = await create({ name: 'Mine' });
    const [item] = (await t.call<AddedItems>('roadmap.addItem', { roadmapId: r.id, skillId: 'docker' })).items;
    const changed = await t.call<RoadmapItem>('roadmap.updateItem', { id: item?.id, targetLevel: 4, hoursOverride: 12.5, pinnedStart: '2026-04-01', status: 'skipped' });
    expect(changed).toMatchObject({ targetLevel: 4, hoursOverride: 12.5, pinnedStart: '2026-04-01', status: 'skipped' });
    const cleared = await t.call<RoadmapItem>('roadmap.updateItem', { id: item?.id, hoursOverride: null, pinnedStart: null, status: 'planned' });
    expect(cleared).toMatchObject({ targetLevel: 4, hoursOverride: null, pinnedStart: null, status: 'planned' });
  });

  it('weeks off: the end may not come before the start; overlapping ranges are kept as given', async () => {
    const r = await create({ name: 'Mine' });
    await expectRejected('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-08-10', end: '2026-08-01' }, 'end', /End cannot be before start/);
    await expectRejected('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-02-30', end: '2026-03-01' }, 'start', /real date/);
    const a = await t.call<RoadmapWeekOff>('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-08-01', end: '2026-08-14', label: 'Holiday' });
    await t.call('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-08-10', end: '2026-08-20', label: 'Exams' });
    await t.call('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-12-28', end: '2026-12-28' });
    expect((await view(r.id)).weeksOff.map((w) => [w.start, w.end, w.label])).toEqual([
      ['2026-08-01', '2026-08-14', 'Holiday'],
      ['2026-08-10', '2026-08-20', 'Exams'],
      ['2026-12-28', '2026-12-28', ''],
    ]);
    expect(await t.call('roadmap.removeWeekOff', { id: a.id })).toEqual({ removed: true });
    expect((await view(r.id)).weeksOff.map((w) => w.label)).toEqual(['Exams', '']);
  });
});

describe('roadmaps: rename, duplicate, archive, delete, one active', () => {
  it('the first roadmap becomes active; setting another moves it, so there is only ever one', async () => {
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B' });
    expect(a.active).toBe(true);
    expect(b.active).toBe(false);
    await t.call('roadmap.setActive', { id: b.id });
    expect((await list()).filter((r) => r.active).map((r) => r.name)).toEqual(['B']);
    // The database itself allows one: a second active row is refused.
    expect(() => t.core.store.sqlite.prepare('UPDATE roadmaps SET active = 1 WHERE id = ?').run(a.id)).toThrow(/UNIQUE/);
  });

  it('archiving the active one hands "active" to an open one; an archived one cannot be made active until restored', async () => {
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B' });
    const archived = await t.call<RoadmapSummary>('roadmap.setArchived', { id: a.id, archived: true });
    expect(archived).toMatchObject({ active: false, archivedAt: expect.any(String) });
    expect((await list()).map((r) => [r.name, r.active])).toEqual([['B', true], ['A', false]]);
    await expectRejected('roadmap.setActive', { id: a.id }, 'id', /archived/, 'CONFLICT');
    await t.call('roadmap.setArchived', { id: a.id, archived: false });
    expect((await t.call<RoadmapSummary>('roadmap.setActive', { id: a.id })).active).toBe(true);
    expect((await list()).find((r) => r.id === b.id)?.active).toBe(false);
  });

  it('rename and duplicate: the copy has the items, weeks off and plan, and is not active', async () => {
    const a = await create({ pathId: 'platform-engineer' });
    await t.call('roadmap.setPlan', { id: a.id, hoursPerWeek: 9, parallel: 2 });
    await t.call('roadmap.addWeekOff', { roadmapId: a.id, start: '2026-07-01', end: '2026-07-14', label: 'Summer' });
    expect(await t.call<RoadmapSummary>('roadmap.rename', { id: a.id, name: '  Platform  ' })).toMatchObject({ name: 'Platform' });
    const copy = await t.call<RoadmapSummary>('roadmap.duplicate', { id: a.id });
    expect(copy).toMatchObject({ name: 'Copy of Platform', active: false, hoursPerWeek: 9, parallel: 2, sourcePathId: 'platform-engineer' });
    const [original, copied] = [await view(a.id), await view(copy.id)];
    const shape = (v: RoadmapView) => ({
      items: v.items.map(({ id: _id, ...i }) => i),
      weeksOff: v.weeksOff.map(({ id: _id, ...w }) => w),
    });
    expect(shape(copied)).toEqual(shape(original));
    // The copy is separate: changing it leaves the original.
    await t.call('roadmap.removeItem', { id: copied.items[0]?.id });
    expect((await view(a.id)).items).toHaveLength(original.items.length);
  });

  it('delete removes the roadmap with its items and weeks off', async () => {
    const a = await create({ pathId: 'data-and-databases' });
    const b = await create({ name: 'B' });
    await t.call('roadmap.addWeekOff', { roadmapId: a.id, start: '2026-07-01', end: '2026-07-14' });
    expect(await t.call('roadmap.delete', { id: a.id })).toEqual({ deleted: true });
    expect(await t.call('roadmap.delete', { id: a.id })).toEqual({ deleted: false });
    expect(rowCounts()).toEqual({ roadmaps: 1, roadmap_items: 0, roadmap_weeks_off: 0 });
    expect((await list()).map((r) => [r.id, r.active])).toEqual([[b.id, true]]);
    const gone = await t.core.router.dispatch('roadmap.get', { id: a.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('each write announces the roadmap domain', async () => {
    const seen: unknown[] = [];
    const off = t.core.events.subscribe((event, payload) => {
      if (event === 'dataChanged') seen.push(payload);
    });
    await create({ name: 'A' });
    off();
    expect(seen).toEqual([{ domains: ['roadmap'] }]);
  });
});

describe('the view feeds the schedule', () => {
  it('hours per week from the profile unless the roadmap sets its own; hours logged in the last four full weeks', async () => {
    await t.call('profile.save', VALID_PROFILE);
    const r = await create({ pathId: 'backend-foundations' });
    // TODAY is Wednesday 2026-03-11: the full weeks are those starting 02-09, 02-16, 02-23 and 03-02.
    await t.call('progress.logStudy', { skillId: 'git', date: '2026-02-08', minutes: 600 });
    await t.call('progress.logStudy', { skillId: 'git', date: '2026-02-10', minutes: 90 });
    await t.call('progress.logStudy', { skillId: 'sql', date: '2026-03-01', minutes: 30 });
    await t.call('progress.logStudy', { skillId: 'sql', date: '2026-03-03', minutes: 60 });
    await t.call('progress.logStudy', { skillId: 'sql', date: TODAY, minutes: 45 });
    let v = await view(r.id);
    expect(v).toMatchObject({ hoursPerWeek: VALID_PROFILE.hoursPerWeek, hoursPerWeekFrom: 'profile', recentWeeklyHours: [1.5, 0, 0.5, 1], today: TODAY });
    expect(v.items.find((i) => i.skillId === 'git')?.hoursLogged).toBe(11.5);
    expect(v.schedule.ok).toBe(true);
    if (v.schedule.ok) expect(v.schedule.items.map((i) => i.itemId).sort((x, y) => x - y)).toEqual(v.items.map((i) => i.id).sort((x, y) => x - y));

    await t.call('roadmap.setPlan', { id: r.id, hoursPerWeek: 0 });
    v = await view(r.id);
    expect(v.scheduleInput).toMatchObject({ hoursPerWeek: 0, parallel: 1, startDate: TODAY, recentWeeklyHours: [1.5, 0, 0.5, 1] });
    expect(v).toMatchObject({ hoursPerWeek: 0, hoursPerWeekFrom: 'roadmap' });
    expect(v.schedule).toMatchObject({ ok: true, noTimePlanned: true });
    await t.call('roadmap.setPlan', { id: r.id, hoursPerWeek: null });
    expect((await view(r.id)).hoursPerWeekFrom).toBe('profile');
  });
});

describe('the schedule input', () => {
  it('holds the items, their skills, enabled edges, weeks off and open skill-level goals on the roadmap\'s skills', async () => {
    const r = await create({ name: 'Mine' });
    await t.call('roadmap.addItem', { roadmapId: r.id, skillId: 'kubernetes', targetLevel: 4, withPrerequisites: true });
    const items = (await view(r.id)).items;
    await t.call('roadmap.updateItem', { id: items[0]?.id, status: 'done' });
    await t.call('roadmap.updateItem', { id: items[2]?.id, hoursOverride: 20, pinnedStart: '2026-05-04' });
    await t.call('roadmap.setPlan', { id: r.id, hoursPerWeek: 7.5, parallel: 2 });
    await t.call('roadmap.addWeekOff', { roadmapId: r.id, start: '2026-12-24', end: '2027-01-03', label: 'Winter' });
    await t.call('progress.set', { skillId: 'docker', level: 1 });
    await t.call('progress.logStudy', { skillId: 'docker', date: TODAY, minutes: 90 });
    await t.call('skills.setEstimate', { id: 'kubernetes', estimatedHours: 90 });
    await t.call('skills.addEdge', { from: 'git', to: 'kubernetes', kind: 'recommended' });
    const goal = await t.call<{ id: number }>('goals.create', { kind: 'skill-level', title: 'K8s 4', skillId: 'kubernetes', targetLevel: 4, dueDate: '2026-09-01' });
    await t.call('goals.create', { kind: 'skill-level', title: 'Kafka', skillId: 'kafka', targetLevel: 3, dueDate: '2026-09-01' });
    const done = await t.call<{ id: number }>('goals.create', { kind: 'skill-level', title: 'Docker 2', skillId: 'docker', targetLevel: 2, dueDate: '2026-09-01' });
    await t.call('goals.markDone', { id: done.id });

    const input = (await view(r.id)).scheduleInput;
    expect(input.items).toEqual([
      { id: items[0]?.id, skillId: 'linux-shell', targetLevel: 3, position: 0, hoursOverride: null, pinnedStart: null, status: 'done' },
      { id: items[1]?.id, skillId: 'docker', targetLevel: 3, position: 1, hoursOverride: null, pinnedStart: null, status: 'planned' },
      { id: items[2]?.id, skillId: 'kubernetes', targetLevel: 4, position: 2, hoursOverride: 20, pinnedStart: '2026-05-04', status: 'planned' },
    ]);
    expect(input.skills.find((s) => s.id === 'docker')).toMatchObject({ name: 'Docker', level: 1, hoursLogged: 1.5 });
    expect(input.skills.find((s) => s.id === 'kubernetes')).toMatchObject({ estimatedHours: 90, level: 0 });
    // `custom` tells the user's own links (which the screen may offer to remove) from the catalog's.
    expect(input.edges).toContainEqual({ from: 'docker', to: 'kubernetes', kind: 'prerequisite', custom: false });
    expect(input.edges).toContainEqual({ from: 'git', to: 'kubernetes', kind: 'recommended', custom: true });
    expect(input).toMatchObject({ hoursPerWeek: 7.5, parallel: 2, startDate: TODAY, weeksOff: [{ start: '2026-12-24', end: '2027-01-03' }] });
    expect(input.goals).toEqual([{ goalId: goal.id, skillId: 'kubernetes', targetLevel: 4, dueDate: '2026-09-01' }]);
  });
});

describe('bad input is refused naming the field, and nothing is written', () => {
  it('names, levels, plan, dates and statuses', async () => {
    const r = await create({ name: 'Mine' });
    const [item] = (await t.call<AddedItems>('roadmap.addItem', { roadmapId: r.id, skillId: 'docker' })).items;
    await expectRejected('roadmap.create', {}, 'name', /Give the roadmap a name/);
    await expectRejected('roadmap.create', { name: '   ' }, 'name', /cannot be empty/);
    await expectRejected('roadmap.rename', { id: r.id, name: 'x'.repeat(121) }, 'name', /at most 120/);
    await expectRejected('roadmap.addItem', { roadmapId: r.id, skillId: 'git', targetLevel: 0 }, 'targetLevel', /at least 1/);
    await expectRejected('roadmap.addItem', { roadmapId: r.id, skillId: 'git', targetLevel: 6 }, 'targetLevel', /at most 5/);
    await expectRejected('roadmap.addItem', { roadmapId: 999, skillId: 'git' }, 'roadmapId', /no roadmap 999/, 'NOT_FOUND');
    await expectRejected('roadmap.setPlan', { id: r.id, parallel: 0 }, 'parallel', /at least 1/);
    await expectRejected('roadmap.setPlan', { id: r.id, parallel: 1.5 }, 'parallel', /whole number/);
    await expectRejected('roadmap.setPlan', { id: r.id, hoursPerWeek: -1 }, 'hoursPerWeek', /cannot be negative/);
    await expectRejected('roadmap.setPlan', { id: r.id, hoursPerWeek: 81 }, 'hoursPerWeek', /at most 80/);
    await expectRejected('roadmap.updateItem', { id: item?.id, pinnedStart: '2026-02-30' }, 'pinnedStart', /real date/);
    await expectRejected('roadmap.updateItem', { id: item?.id, status: 'started' }, 'status', /planned, done or skipped/);
    await expectRejected('roadmap.updateItem', { id: item?.id, hoursOverride: -2 }, 'hoursOverride', /cannot be negative/);
    await expectRejected('roadmap.updateItem', { id: 999, status: 'done' }, 'id', /no roadmap item 999/, 'NOT_FOUND');
  });
});

describe('restart', () => {
  it('closing and reopening the core on the same file keeps roadmaps, items, weeks off and the active one', async () => {
    await t.call('profile.save', VALID_PROFILE);
    const a = await create({ pathId: 'security-minded-backend' });
    const b = await create({ name: 'Second' });
    await t.call('roadmap.addItem', { roadmapId: b.id, skillId: 'helm', withPrerequisites: true });
    await t.call('roadmap.setActive', { id: b.id });
    await t.call('roadmap.setPlan', { id: a.id, hoursPerWeek: 4, parallel: 3 });
    await t.call('roadmap.addWeekOff', { roadmapId: a.id, start: '2026-12-24', end: '2027-01-02', label: 'Winter' });
    const ids = (await view(a.id)).items.map((i) => i.id);
    await t.call('roadmap.reorder', { roadmapId: a.id, itemIds: [...ids.slice(3), ...ids.slice(0, 3)] });
    await t.call('roadmap.setArchived', { id: a.id, archived: true });
    const before = { list: await list(), a: await view(a.id), b: await view(b.id) };

    t.core.close();
    const dir = t.dir;
    t = await openSkillsCore(dir);
    expect({ list: await list(), a: await view(a.id), b: await view(b.id) }).toEqual(before);
  });
});

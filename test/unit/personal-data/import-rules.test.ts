import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_COLUMNS, type PersonalDataImportResult, type PersonalDataInput } from '@shared/domain/personal-data';
import type { Result } from '@shared/ipc/result';
import { scenario } from '../../support/projection-input';
import { openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

/** Every table's rows, hashed: "nothing was written" means this does not change. */
function checksum(): string {
  const sqlite = t.core.store.sqlite;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) hash.update(table).update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${table}"`).raw(true).all()));
  return hash.digest('hex');
}

const stamp = '2026-01-02T03:04:05.000Z';
const baseFile = (over: Partial<PersonalDataInput> = {}): PersonalDataInput => ({
  format: 'trajectory-personal-data',
  version: 1,
  exportedAt: stamp,
  appVersion: '0.0.0-test',
  schemaVersion: 1,
  profile: null,
  skills: { custom: [], progress: [], estimates: [], resources: [], notes: [], edges: [] },
  progressLog: [],
  goals: [],
  roadmaps: [],
  scenarios: [],
  ladderEdits: [],
  datasets: [],
  ...over,
});

let n = 0;
async function fileToken(content: unknown): Promise<string> {
  const file = path.join(t.dir.dir, `data-${++n}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return (await t.core.files.register(file, path.basename(file), false)).token;
}

async function importFile(content: unknown, mode: 'replace' | 'merge'): Promise<Result<unknown>> {
  return t.core.router.dispatch('personalData.import', { token: await fileToken(content), mode });
}

const goal = (id: number, title: string, dueDate: string) => ({
  id, title, kind: 'custom' as const, skillId: null, targetLevel: null, careerLevel: null, targetSalary: null,
  dueDate, note: '', createdAt: stamp, completedAt: null, deletedAt: null,
});
const roadmap = (id: number, name: string, skills: string[]) => ({
  id, name, sourcePathId: null, hoursPerWeek: null, parallel: 1, active: false, archivedAt: null, createdAt: stamp, updatedAt: stamp,
  items: skills.map((skillId, i) => ({ id: id * 100 + i, skillId, targetLevel: 3, hoursOverride: null, pinnedStart: null, status: 'planned' as const })),
  weeksOff: [],
});
const study = (id: number, skillId: string, minutes: number, supersedes: number | null = null) => ({
  id, skillId, kind: supersedes === null ? ('study' as const) : ('void' as const), date: '2026-01-05', minutes, note: 'read', levelFrom: null, levelTo: null,
  statusFrom: null, statusTo: null, supersedes, recordedAt: `2026-01-05T10:00:0${id}.000Z`,
});

describe('personal data import: merge rules', () => {
  it('adds only what is not there: goal by title + due, custom skill by name, scenario by name, events by content; a roadmap of the same name comes in renamed', async () => {
    await t.call('goals.create', { title: 'Ship it', kind: 'custom', dueDate: '2026-06-01' });
    const own = await t.call<{ id: string }>('skills.createCustom', { name: 'Kafka Streams', category: 'databases', estimatedHours: 40 });
    await t.call('roadmap.create', { name: 'Backend' });
    await t.call('career.createScenario', { name: 'Stay', params: scenario() });
    const file = baseFile({
      skills: {
        custom: [
          { id: 'custom-kafka-streams-x', name: ' kafka  streams ', category: 'databases', description: '', estimatedHours: 10, createdAt: stamp, deletedAt: null },
          { id: 'custom-elixir', name: 'Elixir', category: 'languages', description: 'BEAM', estimatedHours: 60, createdAt: stamp, deletedAt: null },
        ],
        progress: [{ skillId: 'custom-kafka-streams-x', level: 2, targetLevel: 4, status: 'learning', updatedAt: stamp }],
        estimates: [], resources: [], notes: [], edges: [],
      },
      progressLog: [study(1, 'custom-elixir', 30), study(2, 'custom-elixir', 30, 1)],
      goals: [goal(1, 'Ship it', '2026-06-01'), goal(2, 'Ship it', '2026-07-01')],
      roadmaps: [roadmap(1, 'Backend', ['custom-elixir', 'python'])],
      scenarios: [{ id: 1, name: 'Stay', params: scenario(), createdAt: stamp, updatedAt: stamp }, { id: 2, name: 'Move', params: scenario(), createdAt: stamp, updatedAt: stamp }],
    });
    const first = await importFile(file, 'merge');
    expect(first).toMatchObject({ ok: true, value: { mode: 'merge', renamedRoadmaps: ['Backend (imported)'], added: { customSkills: 1, goals: 1, scenarios: 1, roadmaps: 1, progressLog: 2, skillRecords: 1 } } });
    // The file's "kafka streams" is the user's own skill: its level landed there.
    expect(t.core.store.sqlite.prepare('SELECT skill_id FROM skill_progress').pluck().all()).toEqual([own.id]);
    const events = t.core.store.sqlite.prepare('SELECT id, supersedes FROM progress_events ORDER BY id').all() as Array<{ id: number; supersedes: number | null }>;
    expect(events[1]?.supersedes).toBe(events[0]?.id);

    // The same file again: only the roadmap (always added, renamed) comes in.
    const again = (await importFile(file, 'merge')) as { ok: true; value: PersonalDataImportResult };
    expect(again.value.added).toMatchObject({ customSkills: 0, goals: 0, scenarios: 0, progressLog: 0, skillRecords: 0, roadmaps: 1 });
    expect(again.value.renamedRoadmaps).toEqual(['Backend (imported 2)']);
    expect(t.count('goals')).toBe(2);
    expect(t.count('custom_skills')).toBe(2);
  });

  it('replace removes what the file does not hold and announces every domain', async () => {
    await t.call('goals.create', { title: 'Old goal', kind: 'custom', dueDate: '2026-06-01' });
    const seen: string[][] = [];
    t.core.events.subscribe((event, payload) => {
      if (event === 'dataChanged') seen.push((payload as { domains: string[] }).domains);
    });
    const reached = { ...goal(8, 'Python to 3', '2027-01-01'), kind: 'skill-level' as const, skillId: 'python', targetLevel: 3 };
    const file = baseFile({
      goals: [goal(7, 'New goal', '2027-01-01'), reached],
      skills: { custom: [], progress: [{ skillId: 'python', level: 4, targetLevel: 5, status: 'learning', updatedAt: stamp }], estimates: [], resources: [], notes: [], edges: [] },
    });
    expect(await importFile(file, 'replace')).toMatchObject({ ok: true });
    // The open goal the file's data reaches completed in the import's transaction, as after any write.
    expect(t.core.store.sqlite.prepare('SELECT id, title, completed_at AS completedAt FROM goals ORDER BY id').all()).toEqual([
      { id: 7, title: 'New goal', completedAt: null },
      { id: 8, title: 'Python to 3', completedAt: '2026-03-11' },
    ]);
    expect(seen.at(-1)).toEqual(expect.arrayContaining(['profile', 'datasets', 'skills', 'progress', 'goals', 'roadmap', 'career']));
  });
});

describe('personal data import: refusals write nothing', () => {
  beforeEach(async () => {
    await t.call('goals.create', { title: 'Keep me', kind: 'custom', dueDate: '2026-06-01' });
    await t.call('progress.logStudy', { skillId: 'python', date: '2026-03-10', minutes: 45 });
  });

  it('a file from a newer version is refused, saying so', async () => {
    const before = checksum();
    const result = await importFile({ ...baseFile(), version: 2 }, 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/newer version of Trajectory \(file version 2; this version reads up to 1\)/) } });
    expect(checksum()).toBe(before);
  });

  it('a bad field is named by its path, quoting at most ~80 characters of the value', async () => {
    const before = checksum();
    const long = `2026-13-40${'x'.repeat(5000)}`;
    const file = baseFile({ goals: [goal(1, 'a', '2026-01-01'), goal(2, 'b', '2026-01-01'), goal(3, 'c', '2026-01-01'), { ...goal(4, 'd', '2026-01-01'), dueDate: long }] });
    const result = await importFile(file, 'merge');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/goals\[3\]\.dueDate: Due date must be a real date/);
    expect(result.error.message).toContain(`"${long.slice(0, 79)}…`);
    expect(result.error.message.length).toBeLessThan(400);
    expect(result.error.details?.issues?.[0]?.path).toEqual(['goals', 3, 'dueDate']);
    expect(checksum()).toBe(before);
  });

  it('not JSON, or not our format, is refused', async () => {
    const before = checksum();
    expect(await importFile('{"format": ', 'replace')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is not valid JSON/) } });
    expect(await importFile({ hello: 1 }, 'replace')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a Trajectory personal data file/) } });
    expect(checksum()).toBe(before);
  });

  it('a skill the catalog does not have is reported by where it is, and nothing is half-applied', async () => {
    const before = checksum();
    const file = baseFile({ goals: [goal(1, 'Fine', '2026-01-01')], roadmaps: [roadmap(1, 'R', ['python', 'cobol-on-mars'])] });
    const token = await fileToken(file);
    expect(await t.core.router.dispatch('personalData.preview', { token })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/cobol-on-mars \(first at roadmaps\[0\]\.items\[1\]\.skillId\)/) },
    });
    for (const mode of ['replace', 'merge'] as const) {
      expect(await importFile(file, mode)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/cobol-on-mars.*nothing was imported/) } });
    }
    expect(checksum()).toBe(before);
  });
});

describe('personal data export through the router', () => {
  it('exports to a one-time download, previews it and imports it back into another database', async () => {
    await t.call('goals.create', { title: 'Keep me', kind: 'custom', dueDate: '2026-06-01' });
    await t.call('progress.logStudy', { skillId: 'python', date: '2026-03-10', minutes: 45 });
    await t.call('profile.save', { occupationCode: '15-1252', areaCode: '0041860', careerLevel: 'mid', yearsExperience: 4, currentSalary: 150000, currency: 'USD', hoursPerWeek: 6, horizonYears: 5 });
    const exported = await t.call<{ outcome: string; token: string; fileName: string }>('personalData.exportFile');
    expect(exported).toMatchObject({ outcome: 'download', fileName: 'trajectory-data-2026-03-11.json' });
    const download = t.core.downloads.take(exported.token);
    expect(download?.contentType).toBe('application/json');
    expect(t.core.downloads.take(exported.token)).toBeNull();
    const text = Buffer.from(download?.bytes ?? new Uint8Array()).toString('utf8');

    const token = await fileToken(text);
    const preview = await t.call<{ counts: Record<string, number> }>('personalData.preview', { token });
    expect(preview.counts).toMatchObject({ profile: 1, goals: 1, progressLog: 1 });
    await t.call('goals.create', { title: 'Added after', kind: 'custom', dueDate: '2026-06-01' });
    await t.call('personalData.import', { token, mode: 'replace' });
    expect(t.core.store.sqlite.prepare('SELECT title FROM goals').pluck().all()).toEqual(['Keep me']);
  });
});

describe('personal data import from a plain script', () => {
  it('importPersonalDataFile opens its own connection and applies the file in one transaction', async () => {
    const { importPersonalDataFile } = await import('../../../electron/core/services/personal-data/file');
    const file = path.join(t.dir.dir, 'script.json');
    writeFileSync(file, JSON.stringify(baseFile({ goals: [goal(3, 'From a script', '2027-01-01')] })));
    expect(importPersonalDataFile({ dbFile: t.dbFile, filePath: file, mode: 'replace' })).toMatchObject({ mode: 'replace', added: { goals: 1 } });
    expect(t.core.store.sqlite.prepare('SELECT id, title FROM goals').all()).toEqual([{ id: 3, title: 'From a script' }]);
    writeFileSync(file, JSON.stringify({ ...baseFile(), version: 9 }));
    expect(() => importPersonalDataFile({ dbFile: t.dbFile, filePath: file, mode: 'replace' })).toThrow(/newer version/);
  });
});

describe('personal data import: datasets', () => {
  it('stores the number of records written, not the count the file claims, so percentiles read the right ranks', async () => {
    const totals = [90_000, 100_000, 110_000, 120_000, 130_000, 140_000];
    const rows = totals.map((total, i) => [i + 2, 'Dev', 'mid', 'Austin', 2025, total, null, null, total, null, null, 'USD', null] as const);
    const dataset: PersonalDataInput['datasets'][number] = {
      key: 'user-claims-more', name: 'Claims more', publisher: 'me', license: 'mine', source: 'a file', year: null, version: 1,
      standing: 'user', provenance: '', loadedAt: stamp,
      import: { fileName: 'x.csv', fileSha256: 'a'.repeat(64), importedAt: stamp, rowCount: 1000, titleCount: 1, areaCount: 1, note: '', encoding: 'utf-8', delimiter: ',', mapping: '{}' },
      records: { columns: [...RECORD_COLUMNS], rows: rows.map((r) => [...r]) },
    };
    expect((await importFile(baseFile({ datasets: [dataset] }), 'merge')).ok).toBe(true);
    const listed = await t.call<{ id: string; rowCount: number }[]>('data.listDatasets');
    expect(listed.find((d) => d.id === 'user-claims-more')?.rowCount).toBe(6);
    const all = await t.call<{ recordCount: number; groups: { p50: number | null }[] }>('salary.percentiles', { datasetId: 'user-claims-more', groupBy: [] });
    expect(all.recordCount).toBe(6);
    expect(all.groups[0]?.p50).toBe(115_000);
  });
});

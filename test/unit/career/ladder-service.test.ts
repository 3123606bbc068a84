import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCareerLadder, seedCareerLadder } from '../../../electron/core/seed/career-ladder';
import { LadderFile, ladderProblems, type Ladder, type LadderLevel } from '@shared/domain/career-ladder';
import { CatalogFile } from '@shared/domain/skills';
import { DATA_DIR, tempDir } from '../../support/temp-core';
import { openSkillsCore } from '../skills/skills-core';

const bundled = LadderFile.parse(JSON.parse(readFileSync(path.join(DATA_DIR, 'career-ladder.json'), 'utf8')));
const skillIds = new Set(CatalogFile.parse(JSON.parse(readFileSync(path.join(DATA_DIR, 'skills.json'), 'utf8'))).skills.map((s) => s.id));

describe('the bundled ladder (resources/data/career-ladder.json)', () => {
  it('has the IC levels entry to principal and a manager track priced from BLS 11-3021, with no problems', () => {
    expect(ladderProblems(bundled, skillIds)).toEqual([]);
    const ic = bundled.tracks.find((t) => t.id === 'ic');
    expect(ic?.levels.map((l) => [l.id, l.bandPercentile])).toEqual([
      ['entry', 10],
      ['junior', 25],
      ['mid', 50],
      ['senior', 75],
      ['staff', 90],
      ['principal', 95],
    ]);
    expect(bundled.tracks.find((t) => t.id === 'manager')?.occupationCode).toBe('11-3021');
    for (const track of bundled.tracks) for (const level of track.levels) expect(level.skills.length, `${track.id}/${level.id}`).toBeGreaterThan(0);
  });

  it('the load-time check names unknown skills, a descending band position and a top level with years', () => {
    const ic = bundled.tracks[0]!;
    const broken = {
      tracks: [
        {
          ...ic,
          levels: [
            { ...ic.levels[0]!, bandPercentile: 60, skills: [{ skillId: 'cobol', minLevel: 2, why: 'x' }] },
            { ...ic.levels[1]!, typicalYears: 2 },
          ],
        },
      ],
    };
    expect(ladderProblems(broken, skillIds)).toEqual([
      'track "ic", level "entry" expects unknown skill "cobol"',
      'track "ic", level "junior" is the top of its track and cannot have typical years before a next level',
      'track "ic", level "junior" sits lower in the band (25) than the level before it (60)',
    ]);
  });

  it('refuses to load a file with an unknown skill, naming the file', () => {
    const data = tempDir();
    try {
      const file = structuredClone(bundled);
      file.tracks[0]!.levels[0]!.skills.push({ skillId: 'cobol', minLevel: 1, why: 'x' });
      writeFileSync(path.join(data.dir, 'career-ladder.json'), JSON.stringify(file));
      expect(() => readCareerLadder(data.dir, skillIds)).toThrow(/career-ladder\.json is not a valid career ladder: .*unknown skill "cobol"/);
    } finally {
      data.remove();
    }
  });
});

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

const ladder = () => t.call<Ladder>('career.ladder');
const level = (l: Ladder, trackId: string, levelId: string): LadderLevel => {
  const found = l.tracks.find((tr) => tr.id === trackId)?.levels.find((lv) => lv.levelId === levelId);
  if (!found) throw new Error(`no ${trackId}/${levelId}`);
  return found;
};

async function rejected(method: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await t.core.router.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

describe('career ladder service (real SQLite file)', () => {
  it('serves the bundled defaults with their reasons, skill names and the extrapolation flag', async () => {
    const l = await ladder();
    expect(l.version).toBe(bundled.version);
    const senior = level(l, 'ic', 'senior');
    expect(senior.typicalYears).toMatchObject({ value: 4, default: 4, source: 'default' });
    expect(senior.typicalYears.why).toMatch(/rule of thumb/);
    expect(senior.bandPercentile).toMatchObject({ value: 75, default: 75, source: 'default' });
    expect(senior.extrapolated).toBe(false);
    expect(senior.skills.find((s) => s.skillId === 'system-design')).toMatchObject({ skillName: 'System design', minLevel: { value: 3, default: 3 } });
    const principal = level(l, 'ic', 'principal');
    expect(principal.extrapolated).toBe(true);
    expect(principal.bandPercentile.why).toMatch(/extrapolated/);
    expect(principal.typicalYears.value).toBeNull();
  });

  it('edits a value, keeps the default beside it, and resets that one value only', async () => {
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'typicalYears', value: 2.5 });
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 55 });
    let mid = level(await ladder(), 'ic', 'mid');
    expect(mid.typicalYears).toMatchObject({ value: 2.5, default: 3, source: 'edited' });
    expect(mid.bandPercentile).toMatchObject({ value: 55, default: 50, source: 'edited' });

    await t.call('career.resetLadderValue', { trackId: 'ic', levelId: 'mid', field: 'typicalYears' });
    mid = level(await ladder(), 'ic', 'mid');
    expect(mid.typicalYears).toMatchObject({ value: 3, source: 'default' });
    expect(mid.bandPercentile).toMatchObject({ value: 55, source: 'edited' });
    expect(t.count('ladder_overrides')).toBe(1);
  });

  it('edits, removes (level 0) and adds expected skills, each reset on its own', async () => {
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'system-design', value: 4 });
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'owasp-top-10', value: 0 });
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'kafka', value: 3 });
    let senior = level(await ladder(), 'ic', 'senior');
    expect(senior.skills.find((s) => s.skillId === 'system-design')?.minLevel).toMatchObject({ value: 4, default: 3, source: 'edited' });
    expect(senior.skills.find((s) => s.skillId === 'owasp-top-10')?.minLevel).toMatchObject({ value: 0, default: 3, source: 'edited' });
    expect(senior.skills.find((s) => s.skillId === 'kafka')).toMatchObject({ skillName: 'Apache Kafka', minLevel: { value: 3, default: null, source: 'edited' } });

    // Level 0 on a skill the default does not expect removes it rather than keeping an empty expectation.
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'redis', value: 2 });
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'redis', value: 0 });
    expect(level(await ladder(), 'ic', 'senior').skills.some((s) => s.skillId === 'redis')).toBe(false);

    await t.call('career.resetLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'kafka' });
    await t.call('career.resetLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: 'owasp-top-10' });
    senior = level(await ladder(), 'ic', 'senior');
    expect(senior.skills.some((s) => s.skillId === 'kafka')).toBe(false);
    expect(senior.skills.find((s) => s.skillId === 'owasp-top-10')?.minLevel).toMatchObject({ value: 3, source: 'default' });
    expect(senior.skills.find((s) => s.skillId === 'system-design')?.minLevel.source).toBe('edited');
  });

  it('refuses edits that break the ladder, saying why, and writes nothing', async () => {
    expect(await rejected('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'bandPercentile', value: 40 })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/Senior cannot sit lower in the band than Mid-level/),
    });
    expect(await rejected('career.setLadderValue', { trackId: 'ic', levelId: 'principal', field: 'typicalYears', value: 3 })).toMatchObject({
      message: expect.stringMatching(/top of its track/),
    });
    expect(await rejected('career.setLadderValue', { trackId: 'ic', levelId: 'wizard', field: 'typicalYears', value: 3 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejected('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'skill', skillId: 'cobol', value: 3 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejected('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 100 })).toMatchObject({ code: 'VALIDATION' });
    expect(t.count('ladder_overrides')).toBe(0);
  });

  it('a new bundled version updates the defaults but never the edits', async () => {
    await t.call('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'typicalYears', value: 6 });
    const data = tempDir();
    try {
      cpSync(path.join(DATA_DIR, 'career-ladder.json'), path.join(data.dir, 'career-ladder.json'));
      const next = structuredClone(bundled);
      next.version = bundled.version + 1;
      const ic = next.tracks.find((tr) => tr.id === 'ic')!;
      ic.levels.find((l) => l.id === 'senior')!.typicalYears = 5;
      ic.levels.find((l) => l.id === 'mid')!.typicalYears = 2;
      writeFileSync(path.join(data.dir, 'career-ladder.json'), JSON.stringify(next));
      expect(seedCareerLadder(t.core.store.sqlite, data.dir)).toEqual({ loaded: true, version: next.version });
      expect(seedCareerLadder(t.core.store.sqlite, data.dir)).toEqual({ loaded: false, version: next.version });
    } finally {
      data.remove();
    }
    const l = await ladder();
    expect(l.version).toBe(bundled.version + 1);
    expect(level(l, 'ic', 'senior').typicalYears).toMatchObject({ value: 6, default: 5, source: 'edited' });
    expect(level(l, 'ic', 'mid').typicalYears).toMatchObject({ value: 2, default: 2, source: 'default' });
    await t.call('career.resetLadderValue', { trackId: 'ic', levelId: 'senior', field: 'typicalYears' });
    expect(level(await ladder(), 'ic', 'senior').typicalYears).toMatchObject({ value: 5, source: 'default' });
  });

  it('edits survive reopening the database file', async () => {
    await t.call('career.setLadderValue', { trackId: 'manager', levelId: 'manager', field: 'bandPercentile', value: 30 });
    t.core.close();
    const again = await openSkillsCore(t.dir);
    try {
      const l = await again.call<Ladder>('career.ladder');
      expect(level(l, 'manager', 'manager').bandPercentile).toMatchObject({ value: 30, default: 25, source: 'edited' });
    } finally {
      again.core.close();
    }
    t = await openSkillsCore(t.dir);
  });
});

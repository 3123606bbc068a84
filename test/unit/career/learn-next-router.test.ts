import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankLearnNext, type LearnNextData } from '@shared/domain/learn-next';
import type { RoadmapSummary } from '@shared/domain/roadmap';
import { VALID_PROFILE } from '../../support/temp-core';
import { TODAY, openSkillsCore } from '../skills/skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;

beforeAll(async () => {
  t = await openSkillsCore();
});
afterAll(() => t.dispose());

const ready = async () => {
  const data = await t.call<LearnNextData>('career.learnNextData');
  if (!data.ready) throw new Error(`not ready: ${data.reason}`);
  return data;
};

describe('career.learnNextData: what the ranking needs, from stored data', () => {
  it('without a profile there is nothing to measure against, and it says so', async () => {
    expect(await t.call('career.learnNextData')).toEqual({ ready: false, reason: expect.stringMatching(/profile/) });
  });

  it('the baseline is "follow my roadmap" from the profile; candidates are the next levels’ skills above today’s level', async () => {
    await t.call('profile.save', VALID_PROFILE);
    const data = await ready();
    expect(data.scenario).toMatchObject({
      startDate: TODAY,
      horizonYears: 5,
      occupationCode: '15-1252',
      areaCode: '0041860',
      trackId: 'ic',
      levelId: 'mid',
      currentSalary: 150_000,
      position: 'salary',
      skills: 'roadmap',
      events: [],
    });
    expect(data).toMatchObject({ hoursPerWeek: 6, hoursPerWeekFrom: 'profile', activeRoadmap: null });
    const ids = data.candidates.map((c) => c.skillId);
    // Senior expects system-design at 3 (staff 4, principal 5): the next step is 3, 80 h from level 0 (its estimate to proficient).
    expect(data.candidates.find((c) => c.skillId === 'system-design')).toEqual({
      skillId: 'system-design',
      skillName: 'System design',
      level: 0,
      targetLevel: 3,
      targetFrom: 'ladder',
      hoursRemaining: 80,
      onRoadmap: false,
    });
    // Mentorship: mid expects 2, senior 3; only levels above the profile's count.
    expect(data.candidates.find((c) => c.skillId === 'mentorship')?.targetLevel).toBe(3);
    // Indexing is expected by mid only (the profile's own level): not a candidate.
    expect(ids).not.toContain('indexing');
    expect(ids).toEqual([...ids].sort());
    // The pure ranking runs on it as the screen will.
    expect(rankLearnNext(data).rows).toHaveLength(data.candidates.length);
  });

  it('a level reached moves the target up; the user’s own target counts; an active roadmap marks what it plans', async () => {
    await t.call('progress.set', { skillId: 'system-design', level: 3 });
    await t.call('progress.set', { skillId: 'graphql', targetLevel: 2 });
    let data = await ready();
    expect(data.candidates.find((c) => c.skillId === 'system-design')).toMatchObject({ level: 3, targetLevel: 4, hoursRemaining: 26.67 });
    expect(data.candidates.find((c) => c.skillId === 'graphql')).toMatchObject({ level: 0, targetLevel: 2, targetFrom: 'your-target' });

    const roadmap = await t.call<RoadmapSummary>('roadmap.create', { name: 'Staff path' });
    await t.call('roadmap.addItem', { roadmapId: roadmap.id, skillId: 'system-design', targetLevel: 4 });
    await t.call('roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 12 });
    data = await ready();
    expect(data).toMatchObject({ activeRoadmap: { id: roadmap.id, name: 'Staff path' }, hoursPerWeek: 12, hoursPerWeekFrom: 'roadmap' });
    expect(data.candidates.find((c) => c.skillId === 'system-design')?.onRoadmap).toBe(true);
    expect(data.candidates.find((c) => c.skillId === 'graphql')?.onRoadmap).toBe(false);
  });

  it('a salary in another currency than the pay data is refused with the reason', async () => {
    await t.call('profile.save', { ...VALID_PROFILE, currency: 'EUR', currentSalary: 90_000 });
    expect(await t.call('career.learnNextData')).toEqual({ ready: false, reason: expect.stringMatching(/Your salary is in EUR; .* is in USD/) });
  });
});

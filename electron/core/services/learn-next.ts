import type { LadderTrack } from '@shared/domain/career-ladder';
import type { LearnCandidate, LearnNextData } from '@shared/domain/learn-next';
import { DEFAULT_DATASET_ID, DEFAULT_GROWTH, type ProjectionData, type ScenarioParams } from '@shared/domain/projection';
import { remainingHours } from '@shared/domain/skills';
import { AppError } from '@shared/ipc/result';
import type { Store } from '../db/store';
import { getLadder } from './career-ladder';
import { getProfile } from './profile';
import { projectionData } from './projection';
import { activeSchedule } from './roadmap';
import { skillRecords } from './skills';

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Per skill, the level to reach next: the lowest level a higher level of the track expects above
 * today's (that is the step that can bring a promotion), else the user's own target above today's.
 */
function targets(track: LadderTrack, levelIndex: number, current: ReadonlyMap<string, { level: number; targetLevel: number }>) {
  const out = new Map<string, { targetLevel: number; targetFrom: LearnCandidate['targetFrom'] }>();
  for (const level of track.levels.slice(levelIndex + 1)) {
    for (const s of level.skills) {
      const need = s.minLevel.value;
      const today = current.get(s.skillId)?.level ?? 0;
      if (need <= today) continue;
      const known = out.get(s.skillId);
      if (!known || need < known.targetLevel) out.set(s.skillId, { targetLevel: need, targetFrom: 'ladder' });
    }
  }
  for (const [skillId, p] of current) {
    if (!out.has(skillId) && p.targetLevel > p.level) out.set(skillId, { targetLevel: p.targetLevel, targetFrom: 'your-target' });
  }
  return out;
}

/**
 * What "what to learn next" ranks: the baseline ("follow my roadmap" from the profile: today,
 * the profile's level with no years counted in it, its salary, default growth), the model's data
 * for it, and the skills not yet at their target with the study hours left (the roadmap's
 * estimate: hours-to-proficient scaled per level, minus hours logged).
 */
export function learnNextData(store: Store, today: string): LearnNextData {
  const profile = getProfile(store.db);
  if (!profile) return { ready: false, reason: 'Fill in your profile (occupation, area, level and salary) first: the ranking is measured on it.' };
  const ladder = getLadder(store.db);
  const track = ladder.tracks.find((t) => t.levels.some((l) => l.levelId === profile.careerLevel));
  const levelIndex = track ? track.levels.findIndex((l) => l.levelId === profile.careerLevel) : -1;
  if (!track) return { ready: false, reason: `The career ladder has no level "${profile.careerLevel}".` };

  const scenario: ScenarioParams = {
    startDate: today,
    horizonYears: profile.horizonYears,
    datasetId: DEFAULT_DATASET_ID,
    occupationCode: profile.occupationCode,
    areaCode: profile.areaCode,
    trackId: track.id,
    levelId: profile.careerLevel,
    yearsInLevel: 0,
    currency: profile.currency,
    currentSalary: profile.currentSalary,
    position: profile.currentSalary === null ? 'market' : 'salary',
    growthRate: DEFAULT_GROWTH.rate,
    growthSource: DEFAULT_GROWTH.source,
    skills: 'roadmap',
    events: [],
  };
  let data: ProjectionData;
  try {
    data = projectionData(store, scenario, today);
  } catch (error) {
    // No band for the profile's occupation and area, or a salary in another currency: say why.
    if (error instanceof AppError) return { ready: false, reason: error.message };
    throw error;
  }

  const skills = skillRecords(store.db).filter((s) => s.deletedAt === null);
  const byId = new Map(skills.map((s) => [s.id, s]));
  const active = activeSchedule(store.db, today);
  const planned = new Map<string, number>();
  for (const item of active?.items ?? []) {
    if (item.status === 'planned') planned.set(item.skillId, Math.max(planned.get(item.skillId) ?? 0, item.targetLevel));
  }
  const candidates: LearnCandidate[] = [];
  for (const [skillId, t] of targets(track, levelIndex, byId)) {
    const skill = byId.get(skillId);
    if (!skill) continue;
    candidates.push({
      skillId,
      skillName: skill.name,
      level: skill.level,
      targetLevel: t.targetLevel,
      targetFrom: t.targetFrom,
      hoursRemaining: round2(Math.max(0, remainingHours(skill.estimatedHours, skill.level, t.targetLevel) - skill.minutesLogged / 60)),
      onRoadmap: (planned.get(skillId) ?? 0) >= t.targetLevel,
    });
  }
  candidates.sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
  return {
    ready: true,
    scenario,
    data,
    candidates,
    hoursPerWeek: active?.input.hoursPerWeek ?? profile.hoursPerWeek,
    hoursPerWeekFrom: active && active.roadmap.hoursPerWeek !== null ? 'roadmap' : 'profile',
    activeRoadmap: active ? { id: active.roadmap.id, name: active.roadmap.name } : null,
  };
}

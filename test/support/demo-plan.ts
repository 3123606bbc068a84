import { addDays, format, subDays } from 'date-fns';
import { DEFAULT_DATASET_ID, DEFAULT_GROWTH, type ScenarioParams } from '@shared/domain/projection';
import type { Router } from '../../electron/core/router';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

async function call(router: Router, method: string, input?: unknown): Promise<unknown> {
  const result = await router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/**
 * A demo user with something in every section of the plan: a mid-level back-end developer in
 * Seattle, some skills under way, six weeks of study, three goals, the "Back-end foundations"
 * roadmap and two projection scenarios. Used for the sample PDF and the PDF benchmark.
 */
export async function seedDemoPlan(router: Router, today = new Date()): Promise<void> {
  await call(router, 'profile.save', {
    occupationCode: '15-1252',
    areaCode: '0042660',
    careerLevel: 'mid',
    yearsExperience: 4,
    currentSalary: 150_000,
    currency: 'USD',
    hoursPerWeek: 6,
    horizonYears: 10,
  });
  const levels: Array<[string, number, number, string]> = [
    ['docker', 2, 3, 'learning'],
    ['postgresql', 3, 4, 'learning'],
    ['git', 4, 4, 'done'],
    ['python', 3, 4, 'learning'],
    ['linux-shell', 2, 3, 'learning'],
  ];
  for (const [skillId, level, targetLevel, status] of levels) await call(router, 'progress.set', { skillId, level, targetLevel, status });
  for (let day = 40; day > 0; day -= 3) {
    await call(router, 'progress.logStudy', { skillId: day % 2 ? 'docker' : 'python', date: iso(subDays(today, day)), minutes: 45 + (day % 4) * 15 });
  }
  await call(router, 'goals.create', { kind: 'skill-level', title: 'Docker to proficient', skillId: 'docker', targetLevel: 3, dueDate: iso(addDays(today, 60)) });
  await call(router, 'goals.create', { kind: 'career-level', title: 'Senior back-end engineer', careerLevel: 'senior', dueDate: iso(addDays(today, 700)) });
  await call(router, 'goals.create', { kind: 'salary', title: 'Earn $180k', targetSalary: 180_000, dueDate: iso(addDays(today, 900)) });
  const roadmap = (await call(router, 'roadmap.create', { pathId: 'backend-foundations' })) as { id: number };
  await call(router, 'roadmap.addWeekOff', { roadmapId: roadmap.id, start: iso(addDays(today, 25)), end: iso(addDays(today, 38)), label: 'Holidays' });
  const base: ScenarioParams = {
    startDate: iso(today),
    horizonYears: 10,
    datasetId: DEFAULT_DATASET_ID,
    occupationCode: '15-1252',
    areaCode: '0042660',
    trackId: 'ic',
    levelId: 'mid',
    yearsInLevel: 2,
    currency: 'USD',
    currentSalary: 150_000,
    position: 'salary',
    growthRate: DEFAULT_GROWTH.rate,
    growthSource: DEFAULT_GROWTH.source,
    skills: 'roadmap',
    events: [],
  };
  await call(router, 'career.createScenario', { name: 'Follow my roadmap', params: base });
  await call(router, 'career.createScenario', {
    name: 'Roadmap and a new job in year 2',
    params: { ...base, events: [{ kind: 'job-change', year: 2, raisePercent: 12 }] },
  });
}

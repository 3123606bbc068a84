// A RoadmapView and its schedule for the roadmap's components, built from a scheduler input and
// scheduled by the real scheduler: the dates the tests expect are the scheduler's own.
import type { RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { ScheduleInput } from '@shared/domain/roadmap-schedule-types';
import type { OkSchedule } from '../../../renderer/src/features/roadmap/schedule-props';

export function scheduled(input: ScheduleInput): OkSchedule {
  const result = scheduleRoadmap(input);
  if (!result.ok) throw new Error(`the test roadmap has a cycle: ${result.cycle.join(' → ')}`);
  return result;
}

export function roadmapView(input: ScheduleInput, today = input.startDate): { view: RoadmapView; schedule: OkSchedule } {
  const schedule = scheduled(input);
  const skills = new Map(input.skills.map((s) => [s.id, s]));
  const items = input.items.map((item) => {
    const skill = skills.get(item.skillId);
    return {
      id: item.id,
      skillId: item.skillId,
      skillName: skill?.name ?? item.skillId,
      skillDeleted: false,
      currentLevel: skill?.level ?? 0,
      estimatedHours: skill?.estimatedHours ?? 0,
      hoursLogged: skill?.hoursLogged ?? 0,
      targetLevel: item.targetLevel,
      position: item.position,
      hoursOverride: item.hoursOverride,
      pinnedStart: item.pinnedStart,
      status: item.status,
    };
  });
  const view: RoadmapView = {
    roadmap: {
      id: 1,
      name: 'Test roadmap',
      sourcePathId: null,
      sourcePathName: null,
      hoursPerWeek: input.hoursPerWeek,
      parallel: input.parallel,
      active: true,
      archivedAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      itemCount: items.length,
      doneCount: items.filter((i) => i.status === 'done').length,
    },
    items: [...items].sort((a, b) => a.position - b.position),
    weeksOff: input.weeksOff.map((w, i) => ({ id: i + 1, start: w.start, end: w.end, label: '' })),
    hoursPerWeek: input.hoursPerWeek,
    hoursPerWeekFrom: 'roadmap',
    recentWeeklyHours: [...input.recentWeeklyHours],
    today,
    scheduleInput: {
      ...input,
      items: [...input.items],
      skills: [...input.skills],
      edges: [...input.edges],
      weeksOff: [...input.weeksOff],
      goals: [...input.goals],
      recentWeeklyHours: [...input.recentWeeklyHours],
    },
    schedule,
  };
  return { view, schedule };
}

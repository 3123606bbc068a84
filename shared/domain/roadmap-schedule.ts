import type { ScheduleInput, ScheduleResult } from './roadmap-schedule-types';
import { remainingHours } from './skills';

/*
 * PLACEHOLDER, replaced at merge by the real scheduler (written on another branch against
 * ./roadmap-schedule-types.ts). It returns the items in position order with their hours and no
 * dates, so the roadmap service, contract and store can be built and tested before it lands.
 */
export function scheduleRoadmap(input: ScheduleInput): ScheduleResult {
  const skills = new Map(input.skills.map((s) => [s.id, s]));
  const items = [...input.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const skill = skills.get(item.skillId);
      const open = item.status === 'planned';
      const estimate = skill ? Math.max(0, remainingHours(skill.estimatedHours, skill.level, item.targetLevel) - skill.hoursLogged) : 0;
      return {
        itemId: item.id,
        skillId: item.skillId,
        hours: open ? (item.hoursOverride ?? estimate) : 0,
        start: null,
        end: null,
        readyNow: false,
        critical: false,
      };
    });
  return {
    ok: true,
    items,
    finish: null,
    noTimePlanned: input.hoursPerWeek === 0 && items.some((i) => i.hours > 0),
    actualPace: null,
    goals: [],
  };
}

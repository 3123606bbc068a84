// The roadmap scheduler's list scheduler, run in working time (see roadmap-schedule.ts for the rules).

import { EPS } from './roadmap-calendar';
import type { Plan } from './roadmap-plan';

export interface Run {
  startW: number[];
  endW: number[];
  /** The item whose end let this one start when it did (critical chain), or -1. */
  cause: number[];
}

/**
 * Runs the list scheduler in working time (days with the days off taken out). Each step advances
 * to the next event (an item finishing, or a pinned start while a slot is free), so the number of
 * steps is bounded by the items, whatever the hours per week.
 */
export function simulate(plan: Plan, hoursPerWeek: number, parallel: number): Run | { stuck: string[] } {
  const { items, hours, release, skillOf } = plan;
  const n = items.length;
  const blocking = plan.groupCount.slice();
  const recommendedLeft = plan.recommendedCount.slice();
  const groupDone = new Array<boolean>(plan.groupDependant.length).fill(false);
  const plannedLeft = plan.plannedOfSkill.map((list) => list.length);
  const readyAt = new Array<number>(n).fill(-1);
  const readyBy = new Array<number>(n).fill(-1);
  const started = new Array<boolean>(n).fill(false);
  const run: Run = { startW: new Array<number>(n).fill(0), endW: new Array<number>(n).fill(0), cause: new Array<number>(n).fill(-1) };
  const left = hours.slice();
  /** Not started, every blocking prerequisite finished (a pinned start may still hold them back). */
  const pool = plan.planned.filter((i) => blocking[i] === 0);
  let unstarted = plan.planned.length;
  let running: number[] = [];
  let justEnded: number[] = [];
  let now = 0;

  const outranks = (a: number, b: number) => {
    const ra = (recommendedLeft[a] as number) > 0;
    const rb = (recommendedLeft[b] as number) > 0;
    return ra !== rb ? rb : (plan.order[a] as number) < (plan.order[b] as number);
  };

  const finish = (i: number) => {
    run.endW[i] = now;
    justEnded.push(i);
    const s = skillOf[i] as number;
    plannedLeft[s] = (plannedLeft[s] as number) - 1;
    if (plannedLeft[s] !== 0) return;
    for (const g of plan.groupsOfSkill[s] as number[]) {
      if (groupDone[g]) continue;
      groupDone[g] = true;
      const dependant = plan.groupDependant[g] as number;
      blocking[dependant] = (blocking[dependant] as number) - 1;
      if (blocking[dependant] === 0) {
        readyAt[dependant] = now;
        readyBy[dependant] = i;
        pool.push(dependant);
      }
    }
    for (const d of plan.recommendedOfSkill[s] as number[]) recommendedLeft[d] = (recommendedLeft[d] as number) - 1;
  };

  while (unstarted > 0 || running.length > 0) {
    while (running.length < parallel) {
      let best = -1;
      for (let k = 0; k < pool.length; k++) {
        const i = pool[k] as number;
        if ((release[i] as number) <= now && (best < 0 || outranks(i, pool[best] as number))) best = k;
      }
      if (best < 0) break;
      const i = pool[best] as number;
      pool[best] = pool[pool.length - 1] as number;
      pool.pop();
      unstarted--;
      started[i] = true;
      running.push(i);
      run.startW[i] = now;
      if (now > 0) {
        if (readyAt[i] === now) run.cause[i] = readyBy[i] as number;
        else if (release[i] !== now && justEnded.length > 0) run.cause[i] = justEnded[0] as number;
      }
    }
    justEnded = [];

    let nextRelease = Infinity;
    if (running.length < parallel) {
      for (const i of pool) {
        const r = release[i] as number;
        if (r > now && r < nextRelease) nextRelease = r;
      }
    }
    if (running.length === 0) {
      if (nextRelease === Infinity) return { stuck: stuckCycle(plan, started, groupDone) };
      now = nextRelease;
      continue;
    }

    const rate = hoursPerWeek / 7 / running.length;
    let first = running[0] as number;
    for (const i of running) if ((left[i] as number) < (left[first] as number)) first = i;
    const untilEnd = (left[first] as number) <= 0 ? 0 : (left[first] as number) / rate;
    if (nextRelease - now < untilEnd) {
      for (const i of running) left[i] = (left[i] as number) - (nextRelease - now) * rate;
      now = nextRelease;
      continue;
    }
    for (const i of running) left[i] = (left[i] as number) - untilEnd * rate;
    left[first] = 0;
    now += untilEnd;
    const still: number[] = [];
    for (const i of running) {
      if ((left[i] as number) <= EPS) finish(i);
      else still.push(i);
    }
    running = still;
  }
  return run;
}

/** Items that wait on each other through alternatives forever: follow the waits until one repeats. */
function stuckCycle(plan: Plan, started: boolean[], groupDone: boolean[]): string[] {
  const waitsOn = (i: number): number => {
    const group = plan.groupDependant.findIndex((d, g) => d === i && !groupDone[g]);
    const member = (plan.groupMembers[group] as number[])[0] as number;
    return (plan.plannedOfSkill[member] as number[]).find((j) => !started[j]) as number;
  };
  const path: number[] = [];
  let at = plan.planned.find((i) => !started[i]) as number;
  while (!path.includes(at)) {
    path.push(at);
    at = waitsOn(at);
  }
  // The walk goes from dependant to prerequisite; a cycle reads prerequisite first.
  const loop = [...path.slice(path.indexOf(at)), at].reverse();
  return loop.map((i) => plan.skillIds[plan.skillOf[i] as number] as string);
}

import { addDays, differenceInCalendarDays } from 'date-fns';
import { toDate, toIso } from '@shared/domain/dates';
import { DEFAULT_GROWTH, ProjectionError, projectEarnings, type Projection, type ProjectionData, type ScenarioParams } from '@shared/domain/projection';
import type { ProjectionSliders } from '../../store/projection-slice';

/** One compared scenario's result on screen: its projection, or why it has none. */
export type ScenarioResult = { ok: true; projection: Projection } | { ok: false; error: string };

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The scenario's parameters with the sliders' what-ifs in force (growth and job-change raises). */
export function withSliders(params: ScenarioParams, sliders: ProjectionSliders): ScenarioParams {
  const growthRate = sliders.growthPercent === null ? params.growthRate : round4(sliders.growthPercent / 100);
  const growthSource =
    growthRate === params.growthRate
      ? params.growthSource
      : `Set with the growth slider on this screen (the scenario’s own: ${(params.growthRate * 100).toFixed(2)} %; the default comes from ${DEFAULT_GROWTH.source})`;
  const raise = sliders.raisePercent;
  return {
    ...params,
    growthRate,
    growthSource,
    events: raise === null ? params.events : params.events.map((e) => (e.kind === 'job-change' ? { ...e, raisePercent: raise } : e)),
  };
}

/**
 * The roadmap's dates at other weekly hours, without asking core: the schedule spreads your
 * weekly hours over the items, so a level it reaches d days from today at `savedHours` a week
 * is reached d × savedHours ÷ hours days from today. Weeks off and pinned start dates are not
 * re-planned, so this is the schedule's shape stretched, not a new schedule (Roadmap has that).
 */
export function withHours(data: ProjectionData, savedHours: number, hours: number | null, today: string): ProjectionData {
  if (hours === null || hours === savedHours || savedHours <= 0) return data;
  const start = toDate(today);
  const skillsReached = data.skillsReached.flatMap((r) => {
    const days = differenceInCalendarDays(toDate(r.on), start);
    if (days <= 0) return [r];
    // No hours at all: nothing on the roadmap is ever reached.
    if (hours <= 0) return [];
    return [{ ...r, on: toIso(addDays(start, Math.round((days * savedHours) / hours))) }];
  });
  return { ...data, skillsReached };
}

/** The model run in the renderer on core's inputs: instant as sliders move, the same function core runs. */
export function runScenario(params: ScenarioParams, data: ProjectionData): ScenarioResult {
  try {
    return { ok: true, projection: projectEarnings({ scenario: params, ...data }) };
  } catch (error) {
    if (error instanceof ProjectionError) return { ok: false, error: error.message };
    throw error;
  }
}

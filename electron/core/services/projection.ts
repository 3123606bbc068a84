import { eventsInOrder, ProjectionError, projectEarnings, type Projection, type ProjectionData, type ScenarioParams } from '@shared/domain/projection';
import { ladderTracks, skillsReached, type ScheduledLevel } from '@shared/domain/projection-inputs';
import { AppError } from '@shared/ipc/result';
import { skillProgress } from '../db/schema';
import type { Store } from '../db/store';
import { bandsFor } from './career-band';
import { getLadder } from './career-ladder';
import { activeSchedule, type ActiveSchedule } from './roadmap';

/** The active roadmap's scheduled levels; none without an active roadmap or with a prerequisite cycle. */
function scheduledLevels(active: ActiveSchedule | null): ScheduledLevel[] {
  if (!active?.result.ok) return [];
  const ends = new Map(active.result.items.map((i) => [i.itemId, i.end]));
  return active.items.map((i) => ({ skillId: i.skillId, targetLevel: i.targetLevel, end: ends.get(i.id) ?? null, status: i.status }));
}

/** What a caller already read for several projections at once: the active roadmap's schedule (null: none is active). */
export interface ProjectionShared {
  schedule: ActiveSchedule | null;
}

/**
 * Everything projectEarnings needs for one scenario, looked up: the ladder with the user's edits,
 * the band of every occupation and area the scenario passes through (one currency, the salary's,
 * or refused), and when skill levels are reached (today's, then the active roadmap's schedule).
 * `shared`, when given, saves scheduling the roadmap again.
 */
export function projectionData(store: Store, params: ScenarioParams, today: string, shared?: ProjectionShared): ProjectionData {
  const pairs = new Map<string, { occupationCode: string; areaCode: string }>();
  let occupationCode = params.occupationCode;
  let areaCode = params.areaCode;
  const add = () => pairs.set(`${occupationCode}\u0000${areaCode}`, { occupationCode, areaCode });
  add();
  for (const e of eventsInOrder(params.events)) {
    if (e.kind === 'relocation') areaCode = e.areaCode;
    else if (e.kind === 'occupation-change') occupationCode = e.occupationCode;
    add();
  }
  const bands = bandsFor(
    store.sqlite,
    [...pairs.values()].map((p) => ({ datasetId: params.datasetId, ...p })),
    { label: 'Your salary', currency: params.currency },
  );
  const current = store.db.select({ skillId: skillProgress.skillId, level: skillProgress.level }).from(skillProgress).all();
  const scheduled = params.skills === 'roadmap' ? scheduledLevels(shared ? shared.schedule : activeSchedule(store.db, today)) : [];
  return { tracks: ladderTracks(getLadder(store.db)), bands, skillsReached: skillsReached(current, scheduled, today) };
}

/** The projection of one scenario; a scenario the model cannot project comes back as VALIDATION with its reason. */
export function project(store: Store, params: ScenarioParams, today: string, shared?: ProjectionShared): Projection {
  const data = projectionData(store, params, today, shared);
  try {
    return projectEarnings({ scenario: params, ...data });
  } catch (error) {
    if (error instanceof ProjectionError) throw new AppError('VALIDATION', error.message);
    throw error;
  }
}

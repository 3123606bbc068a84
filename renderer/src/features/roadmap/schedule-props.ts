import type { RoadmapView } from '@shared/domain/roadmap';
import type { ScheduleResult } from '@shared/domain/roadmap-schedule-types';

/** A schedule the scheduler could make (no prerequisite cycle). */
export type OkSchedule = Extract<ScheduleResult, { ok: true }>;

/**
 * What the timeline and the graph draw: the roadmap as loaded, and the schedule as it stands now
 * (recomputed in the renderer while a change is being saved, so the screen never waits on it).
 */
export interface ScheduleViewProps {
  view: RoadmapView;
  schedule: OkSchedule;
}

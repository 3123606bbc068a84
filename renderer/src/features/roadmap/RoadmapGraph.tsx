import type { ScheduleViewProps } from './schedule-props';

/** Placeholder until the prerequisite graph lands. */
export function RoadmapGraph({ view }: ScheduleViewProps) {
  return <p>{view.items.length} skills</p>;
}

import type { ScheduleViewProps } from './schedule-props';

/** Placeholder until the timeline chart lands: one line per scheduled item. */
export function RoadmapTimeline({ view, schedule }: ScheduleViewProps) {
  const names = new Map(view.items.map((i) => [i.id, i.skillName]));
  return (
    <ol aria-label="Timeline">
      {schedule.items.map((s) => (
        <li key={s.itemId}>
          {names.get(s.itemId)}: {s.start ?? '—'} → {s.end ?? '—'}
        </li>
      ))}
    </ol>
  );
}

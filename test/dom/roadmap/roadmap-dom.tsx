import { render, screen, within } from '@testing-library/react';
import type { RoadmapView } from '@shared/domain/roadmap';
import type { ScheduleResult } from '@shared/domain/roadmap-schedule-types';
import { UndoNotice } from '../../../renderer/src/components/UndoNotice';
import { RoadmapScreen } from '../../../renderer/src/features/roadmap/RoadmapScreen';

export function renderRoadmap() {
  render(
    <>
      <RoadmapScreen />
      <UndoNotice />
    </>,
  );
}

/** A calendar date as the screen writes it, worked out here apart from the app's formatter. */
const medium = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shown = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return medium.format(new Date(y, m - 1, d));
};

/** What the list should say for each item's dates under a schedule, by skill name. */
export function expectedDates(view: RoadmapView, schedule: ScheduleResult): Map<string, string> {
  if (!schedule.ok) throw new Error('cycle');
  const byItem = new Map(schedule.items.map((s) => [s.itemId, s]));
  return new Map(
    view.items.map((item) => {
      const s = byItem.get(item.id);
      const text = !s?.start || !s.end ? 'none' : s.start === s.end ? shown(s.start) : `${shown(s.start)} – ${shown(s.end)}`;
      return [item.skillName, text];
    }),
  );
}

/** The dates each row of the list shows now, by skill name. */
export function datesShown(): Map<string, string> {
  const list = screen.getByRole('list', { name: 'Roadmap items' });
  return new Map(
    within(list)
      .getAllByRole('listitem')
      .map((row) => [row.getAttribute('aria-label') ?? '', within(row).getByTestId('item-dates').textContent ?? '']),
  );
}

export const itemRow = (name: string) => within(screen.getByRole('list', { name: 'Roadmap items' })).getByRole('listitem', { name });

import type { RoadmapScheduleInput, RoadmapView } from '@shared/domain/roadmap';
import type { ScheduleItem } from '@shared/domain/roadmap-schedule-types';

/*
 * Changes the user has made that the core has not yet sent back in a reloaded view. The screen
 * schedules on the view's own scheduler input with these laid over it, so dates move at once.
 */

export type ItemPatch = Partial<Pick<ScheduleItem, 'targetLevel' | 'hoursOverride' | 'pinnedStart' | 'status'>>;

export interface AddedWeekOff {
  /** Tells two additions of the same dates apart. */
  key: number;
  start: string;
  end: string;
  /** Weeks off with these dates the view already held when this one was added. */
  before: number;
}

export interface PendingPlan {
  hoursPerWeek?: number;
  parallel?: number;
  items: Readonly<Record<number, ItemPatch>>;
  weeksOffAdded: readonly AddedWeekOff[];
  weeksOffRemoved: readonly number[];
}

export const NO_PENDING: PendingPlan = { items: {}, weeksOffAdded: [], weeksOffRemoved: [] };

export type PlanChange =
  | { kind: 'hours'; value: number }
  | { kind: 'parallel'; value: number }
  | { kind: 'item'; id: number; patch: ItemPatch }
  | { kind: 'add-week-off'; weekOff: AddedWeekOff }
  | { kind: 'remove-week-off'; id: number };

const sameDates = (view: RoadmapView, start: string, end: string) => view.weeksOff.filter((w) => w.start === start && w.end === end).length;

function withoutFields(patch: ItemPatch, drop: (key: keyof ItemPatch, value: ItemPatch[keyof ItemPatch]) => boolean): ItemPatch {
  return Object.fromEntries(Object.entries(patch).filter(([key, value]) => !drop(key as keyof ItemPatch, value as ItemPatch[keyof ItemPatch])));
}

function cleanItems(items: Record<number, ItemPatch>): Record<number, ItemPatch> {
  return Object.fromEntries(Object.entries(items).filter(([, patch]) => Object.keys(patch).length > 0));
}

export function applyChange(pending: PendingPlan, change: PlanChange): PendingPlan {
  switch (change.kind) {
    case 'hours':
      return { ...pending, hoursPerWeek: change.value };
    case 'parallel':
      return { ...pending, parallel: change.value };
    case 'item':
      return { ...pending, items: { ...pending.items, [change.id]: { ...pending.items[change.id], ...change.patch } } };
    case 'add-week-off':
      return { ...pending, weeksOffAdded: [...pending.weeksOffAdded, change.weekOff] };
    case 'remove-week-off':
      return { ...pending, weeksOffRemoved: [...pending.weeksOffRemoved, change.id] };
  }
}

/** Takes back a change whose save failed, unless a later change has replaced it. */
export function revertChange(pending: PendingPlan, change: PlanChange): PendingPlan {
  switch (change.kind) {
    case 'hours':
      return pending.hoursPerWeek === change.value ? { ...pending, hoursPerWeek: undefined } : pending;
    case 'parallel':
      return pending.parallel === change.value ? { ...pending, parallel: undefined } : pending;
    case 'item': {
      const current = pending.items[change.id];
      if (!current) return pending;
      const kept = withoutFields(current, (key, value) => change.patch[key] === value);
      return { ...pending, items: cleanItems({ ...pending.items, [change.id]: kept }) };
    }
    case 'add-week-off':
      return { ...pending, weeksOffAdded: pending.weeksOffAdded.filter((w) => w.key !== change.weekOff.key) };
    case 'remove-week-off':
      return { ...pending, weeksOffRemoved: pending.weeksOffRemoved.filter((id) => id !== change.id) };
  }
}

/** Drops what the view now reflects; returns the same object when nothing changed. */
export function prunePending(pending: PendingPlan, view: RoadmapView): PendingPlan {
  const input = view.scheduleInput;
  const saved = new Map(input.items.map((i) => [i.id, i]));
  const items = cleanItems(
    Object.fromEntries(
      Object.entries(pending.items).flatMap(([id, patch]) => {
        const item = saved.get(Number(id));
        // An item removed meanwhile has nothing left to wait for.
        return item ? [[id, withoutFields(patch, (key, value) => item[key] === value)]] : [];
      }),
    ),
  );
  const next: PendingPlan = {
    hoursPerWeek: pending.hoursPerWeek === input.hoursPerWeek ? undefined : pending.hoursPerWeek,
    parallel: pending.parallel === input.parallel ? undefined : pending.parallel,
    items,
    weeksOffAdded: pending.weeksOffAdded.filter((w) => sameDates(view, w.start, w.end) <= w.before),
    weeksOffRemoved: pending.weeksOffRemoved.filter((id) => view.weeksOff.some((w) => w.id === id)),
  };
  const unchanged =
    next.hoursPerWeek === pending.hoursPerWeek &&
    next.parallel === pending.parallel &&
    JSON.stringify(next.items) === JSON.stringify(pending.items) &&
    next.weeksOffAdded.length === pending.weeksOffAdded.length &&
    next.weeksOffRemoved.length === pending.weeksOffRemoved.length;
  return unchanged ? pending : next;
}

/** The scheduler's input as it stands with the pending changes (and the order on screen). */
export function liveInput(view: RoadmapView, pending: PendingPlan): RoadmapScheduleInput {
  const input = view.scheduleInput;
  // The store shows a new order at once by renumbering the view's items; their positions lead.
  const positions = new Map(view.items.map((i) => [i.id, i.position]));
  const removed = new Set(pending.weeksOffRemoved);
  return {
    ...input,
    hoursPerWeek: pending.hoursPerWeek ?? input.hoursPerWeek,
    parallel: pending.parallel ?? input.parallel,
    items: input.items.map((item) => ({ ...item, position: positions.get(item.id) ?? item.position, ...pending.items[item.id] })),
    weeksOff: [
      ...view.weeksOff.filter((w) => !removed.has(w.id)).map(({ start, end }) => ({ start, end })),
      ...pending.weeksOffAdded.map(({ start, end }) => ({ start, end })),
    ],
  };
}

/** The view with pending item changes shown (levels, statuses), for what draws the items. */
export function liveView(view: RoadmapView, pending: PendingPlan): RoadmapView {
  const hasItems = Object.keys(pending.items).length > 0;
  if (!hasItems) return view;
  return { ...view, items: view.items.map((item) => ({ ...item, ...pending.items[item.id] })) };
}

import { addDays, differenceInCalendarDays, startOfISOWeek, subDays, subWeeks } from 'date-fns';
import { z } from 'zod';
import { IsoDate, toDate, toIso } from './dates';
import { SKILL_CATEGORIES, SkillCategory, SkillId, SkillStatus, type SkillSummary } from './skills';
import { STREAK_UNITS } from './vocabulary';

/** One entry is at most a whole day of study. */
export const MAX_MINUTES_PER_ENTRY = 24 * 60;

export const Minutes = z
  .number({ error: 'Minutes must be a number' })
  .int('Minutes must be a whole number')
  .min(1, 'Minutes must be more than 0')
  .max(MAX_MINUTES_PER_ENTRY, `Minutes must be at most ${MAX_MINUTES_PER_ENTRY} (24 hours) per entry`);

/** Study-session notes are short; skill notes (NoteText) take long Markdown. */
export const MAX_SESSION_NOTE_CHARS = 2000;
const SessionNote = z
  .string({ error: 'Note must be text' })
  .max(MAX_SESSION_NOTE_CHARS, `Note must be at most ${MAX_SESSION_NOTE_CHARS.toLocaleString('en-US')} characters`)
  .default('');

export const StudyInput = z.object({
  skillId: SkillId,
  date: IsoDate('Date'),
  minutes: Minutes,
  note: SessionNote,
});
export type StudyInput = z.input<typeof StudyInput>;

/** A correction: a new study event that replaces the one it names; the old one stays in the history. */
export const StudyEditInput = z.object({
  eventId: z.number().int().positive(),
  date: IsoDate('Date'),
  minutes: Minutes,
  note: SessionNote,
});
export type StudyEditInput = z.input<typeof StudyEditInput>;

export const StudyDeleteInput = z.object({ eventId: z.number().int().positive() });

/**
 * The log is append-only. `study`, `level`, `target` and `status` record what happened; an edit
 * is a new `study` event and a deletion a `void` event, each naming the event it `supersedes`.
 */
export const EVENT_KINDS = ['study', 'level', 'target', 'status', 'void'] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const ProgressEvent = z.object({
  id: z.number().int(),
  skillId: z.string(),
  skillName: z.string(),
  /** The entry's skill is a custom skill the user deleted; the entry stays in the log. */
  skillDeleted: z.boolean(),
  kind: EventKind,
  date: z.string(),
  minutes: z.number().int().nullable(),
  note: z.string(),
  levelFrom: z.number().int().nullable(),
  levelTo: z.number().int().nullable(),
  statusFrom: SkillStatus.nullable(),
  statusTo: SkillStatus.nullable(),
  supersedes: z.number().int().nullable(),
  recordedAt: z.string(),
  /** Replaced by a later correction or deletion; kept for the history, ignored by every total. */
  superseded: z.boolean(),
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

type Linked = { id: number; kind: EventKind; supersedes: number | null };

/** The events that count: neither replaced by a correction nor deleted, and no `void` markers. */
export function effectiveEvents<E extends Linked>(events: readonly E[]): E[] {
  const superseded = new Set(events.flatMap((e) => (e.supersedes === null ? [] : [e.supersedes])));
  return events.filter((e) => e.kind !== 'void' && !superseded.has(e.id));
}

export function markSuperseded<E extends Linked>(events: readonly E[]): Array<E & { superseded: boolean }> {
  const superseded = new Set(events.flatMap((e) => (e.supersedes === null ? [] : [e.supersedes])));
  return events.map((e) => ({ ...e, superseded: superseded.has(e.id) }));
}

type Study = { kind: EventKind; date: string; minutes: number | null };

/** Minutes of study per date, from effective events. */
export function minutesByDate(events: readonly Study[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== 'study' || !e.minutes) continue;
    totals.set(e.date, (totals.get(e.date) ?? 0) + e.minutes);
  }
  return totals;
}

export { STREAK_UNITS } from './vocabulary';

export const StreakUnit = z.enum(STREAK_UNITS, { error: 'Streak unit must be days or weeks' });
export type StreakUnit = z.infer<typeof StreakUnit>;

const weekKey = (iso: string): string => toIso(startOfISOWeek(toDate(iso)));

/**
 * Consecutive days (or ISO weeks, Monday first) with logged study, counted back from today. A
 * streak is still alive when today (this week) has nothing yet but yesterday (last week) has.
 */
export function streak(studyDates: Iterable<string>, today: string, unit: StreakUnit): number {
  const step = unit === 'days' ? (d: Date) => subDays(d, 1) : (d: Date) => subWeeks(d, 1);
  const key = unit === 'days' ? (iso: string) => iso : weekKey;
  const logged = new Set([...studyDates].map(key));
  let cursor = toDate(key(today));
  if (!logged.has(toIso(cursor))) cursor = step(cursor);
  let count = 0;
  while (logged.has(toIso(cursor))) {
    count += 1;
    cursor = step(cursor);
  }
  return count;
}

export interface WeekHours {
  weekStart: string;
  minutes: number;
}

/** Minutes per ISO week for the `weeks` weeks ending with today's, oldest first. */
export function weeklyMinutes(byDate: ReadonlyMap<string, number>, today: string, weeks = 26): WeekHours[] {
  const thisWeek = startOfISOWeek(toDate(today));
  const result: WeekHours[] = [];
  const index = new Map<string, WeekHours>();
  for (let i = weeks - 1; i >= 0; i -= 1) {
    const entry = { weekStart: toIso(subWeeks(thisWeek, i)), minutes: 0 };
    result.push(entry);
    index.set(entry.weekStart, entry);
  }
  for (const [date, minutes] of byDate) {
    if (date > today) continue;
    const week = index.get(weekKey(date));
    if (week) week.minutes += minutes;
  }
  return result;
}

export interface DayMinutes {
  date: string;
  minutes: number;
}

/** Every day from the Monday on or before a year ago through today, for a calendar heatmap. */
export function heatmapDays(byDate: ReadonlyMap<string, number>, today: string): DayMinutes[] {
  const end = toDate(today);
  const start = startOfISOWeek(subDays(end, 364));
  const days: DayMinutes[] = [];
  for (let d = start; differenceInCalendarDays(end, d) >= 0; d = addDays(d, 1)) {
    const date = toIso(d);
    days.push({ date, minutes: byDate.get(date) ?? 0 });
  }
  return days;
}

export const LevelPoint = z.object({ date: z.string(), level: z.number().int() });
export type LevelPoint = z.infer<typeof LevelPoint>;

/** A skill's level over time from its effective level events, starting from the first known level. */
export function levelHistory(
  events: ReadonlyArray<{ kind: EventKind; date: string; levelFrom: number | null; levelTo: number | null }>,
): LevelPoint[] {
  const changes = events.filter((e) => e.kind === 'level' && e.levelTo !== null);
  const first = changes[0];
  if (!first) return [];
  const points: LevelPoint[] = [{ date: first.date, level: first.levelFrom ?? 0 }];
  for (const e of changes) points.push({ date: e.date, level: e.levelTo ?? 0 });
  return points;
}

export const CategoryLevels = z.object({
  category: SkillCategory,
  current: z.number(),
  target: z.number(),
  skills: z.number().int(),
});
export type CategoryLevels = z.infer<typeof CategoryLevels>;

/** A skill the user is tracking: it has a level, a target or a status other than pending, and is not skipped. */
export const isTracked = (s: Pick<SkillSummary, 'level' | 'targetLevel' | 'status'>): boolean =>
  s.status !== 'skipped' && (s.level > 0 || s.targetLevel > 0 || s.status !== 'pending');

/** Average current and target level per category over the skills the user is tracking. */
export function categoryLevels(skills: ReadonlyArray<Pick<SkillSummary, 'category' | 'level' | 'targetLevel' | 'status'>>): CategoryLevels[] {
  const tracked = skills.filter(isTracked);
  return SKILL_CATEGORIES.flatMap((category) => {
    const inCategory = tracked.filter((s) => s.category === category);
    if (inCategory.length === 0) return [];
    const avg = (pick: (s: (typeof inCategory)[number]) => number) =>
      Math.round((inCategory.reduce((sum, s) => sum + pick(s), 0) / inCategory.length) * 10) / 10;
    return [{ category, current: avg((s) => s.level), target: avg((s) => Math.max(s.targetLevel, s.level)), skills: inCategory.length }];
  });
}

export const ProgressStats = z.object({
  today: z.string(),
  streakUnit: StreakUnit,
  streak: z.number().int(),
  weeks: z.array(z.object({ weekStart: z.string(), minutes: z.number().int() })),
  days: z.array(z.object({ date: z.string(), minutes: z.number().int() })),
  categories: z.array(CategoryLevels),
});
export type ProgressStats = z.infer<typeof ProgressStats>;

export const StatsInput = z.object({ streakUnit: StreakUnit.default('days') });

export const LogQuery = z.object({
  skillId: SkillId.optional(),
  limit: z.number().int().min(1).max(5000).default(200),
});

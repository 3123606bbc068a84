import { sql } from 'drizzle-orm';
import { effectiveEvents, markSuperseded, type EventKind, type ProgressEvent } from '@shared/domain/progress';
import type { SkillStatus } from '@shared/domain/skills';
import type { Db } from '../db/store';
import type { SkillRecord } from './skills';

export type EventRow = Omit<ProgressEvent, 'skillName' | 'superseded'>;

/** The whole log (or one skill's), oldest first. A personal log is small enough to derive everything in memory. */
export function allEvents(db: Db, skillId?: string): EventRow[] {
  return db.all<EventRow>(sql`
    SELECT id, skill_id AS skillId, kind, date, minutes, note, level_from AS levelFrom, level_to AS levelTo,
      status_from AS statusFrom, status_to AS statusTo, supersedes, recorded_at AS recordedAt
    FROM progress_events
    ${skillId === undefined ? sql`` : sql`WHERE skill_id = ${skillId}`}
    ORDER BY date, id`);
}

export function minutesBySkill(events: readonly EventRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of effectiveEvents(events)) {
    if (e.kind === 'study' && e.minutes) totals.set(e.skillId, (totals.get(e.skillId) ?? 0) + e.minutes);
  }
  return totals;
}

export interface SkillLabel {
  name: string;
  deleted: boolean;
}

/** Labels for the log: every skill, deleted custom skills included, so old entries keep their names. */
export const skillLabels = (skills: readonly SkillRecord[]): Map<string, SkillLabel> =>
  new Map(skills.map((s) => [s.id, { name: s.name, deleted: s.deletedAt !== null }]));

/**
 * Newest first by the date the entry is for (a session logged today for last Monday sits under
 * last Monday), then by when it was entered; each marked when a later correction or deletion
 * replaced it, and named (deleted custom skills too).
 */
export function withNames(events: readonly EventRow[], skills: ReadonlyMap<string, SkillLabel>): ProgressEvent[] {
  return markSuperseded(events)
    .map((e) => {
      const skill = skills.get(e.skillId);
      return { ...e, skillName: skill?.name ?? e.skillId, skillDeleted: skill?.deleted ?? false };
    })
    .sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
}

export interface NewEvent {
  skillId: string;
  kind: EventKind;
  date: string;
  minutes?: number | null;
  note?: string;
  levelFrom?: number | null;
  levelTo?: number | null;
  statusFrom?: SkillStatus | null;
  statusTo?: SkillStatus | null;
  supersedes?: number | null;
}

/** The only way rows enter the log: append, never update or delete. */
export function appendEvent(db: Db, event: NewEvent, now: Date): number {
  const row = db.get<{ id: number }>(sql`
    INSERT INTO progress_events (skill_id, kind, date, minutes, note, level_from, level_to, status_from, status_to, supersedes, recorded_at)
    VALUES (${event.skillId}, ${event.kind}, ${event.date}, ${event.minutes ?? null}, ${event.note ?? ''}, ${event.levelFrom ?? null},
      ${event.levelTo ?? null}, ${event.statusFrom ?? null}, ${event.statusTo ?? null}, ${event.supersedes ?? null}, ${now.toISOString()})
    RETURNING id`);
  return row.id;
}

import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  categoryLevels,
  effectiveEvents,
  heatmapDays,
  levelHistory,
  minutesByDate,
  streak,
  weeklyMinutes,
  type ProgressEvent,
  type ProgressStats,
  type StreakUnit,
  type StudyEditInput,
  type StudyInput,
} from '@shared/domain/progress';
import type { SkillDetail } from '@shared/domain/skill-detail';
import type { ProgressInput, SkillStatus, SkillSummary } from '@shared/domain/skills';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../db/store';
import { disabledEdges } from './custom-edges';
import { allEvents, appendEvent, withNames, type EventRow, skillLabels } from './progress-log';
import { linkedSkills, listSkills, requireSkill, skillNote, skillRecords, skillResources, type SkillRecord } from './skills';
import { inTransaction } from './transaction';

function notInFuture(date: string, today: string): void {
  if (date > today) {
    const message = `Date cannot be in the future (today is ${today})`;
    throw new AppError('VALIDATION', `date: ${message}`, [{ path: ['date'], message }]);
  }
}

/** Level, target and status changes, each recorded as an event (goals it reaches complete after every write). */
export function setProgress(db: Db, input: z.output<typeof ProgressInput>, today: string, now = new Date()): SkillSummary {
  const before = requireSkill(db, input.skillId);
  inTransaction(db, () => {
    const level = input.level ?? before.level;
    const targetLevel = input.targetLevel ?? before.targetLevel;
    const status: SkillStatus = input.status ?? before.status;
    const base = { skillId: input.skillId, date: today };
    if (level !== before.level) appendEvent(db, { ...base, kind: 'level', levelFrom: before.level, levelTo: level }, now);
    if (targetLevel !== before.targetLevel) {
      appendEvent(db, { ...base, kind: 'target', levelFrom: before.targetLevel, levelTo: targetLevel }, now);
    }
    if (status !== before.status) appendEvent(db, { ...base, kind: 'status', statusFrom: before.status, statusTo: status }, now);
    db.run(sql`INSERT INTO skill_progress (skill_id, level, target_level, status, updated_at)
      VALUES (${input.skillId}, ${level}, ${targetLevel}, ${status}, ${now.toISOString()})
      ON CONFLICT (skill_id) DO UPDATE SET level = excluded.level, target_level = excluded.target_level,
        status = excluded.status, updated_at = excluded.updated_at`);
  });
  return requireSkill(db, input.skillId);
}

function eventById(db: Db, id: number): ProgressEvent {
  const event = withNames(allEvents(db), skillLabels(skillRecords(db))).find((e) => e.id === id);
  if (!event) throw new Error(`event ${id} missing right after it was written`);
  return event;
}

export function logStudy(db: Db, input: z.output<typeof StudyInput>, today: string, now = new Date()): ProgressEvent {
  requireSkill(db, input.skillId);
  notInFuture(input.date, today);
  const id = appendEvent(db, { skillId: input.skillId, kind: 'study', date: input.date, minutes: input.minutes, note: input.note }, now);
  return eventById(db, id);
}

/** The study entry an edit or deletion may replace: it exists, is a study session and is still current. */
function currentStudyEntry(db: Db, eventId: number): EventRow {
  const events = allEvents(db);
  const target = events.find((e) => e.id === eventId);
  if (!target || target.kind !== 'study') {
    const message = `There is no study session ${eventId}`;
    throw new AppError('NOT_FOUND', message, [{ path: ['eventId'], message }]);
  }
  if (!effectiveEvents(events).some((e) => e.id === eventId)) {
    const message = `Study session ${eventId} was already corrected or deleted; change its latest version`;
    throw new AppError('CONFLICT', message, [{ path: ['eventId'], message }]);
  }
  return target;
}

/** A correction is a new entry that supersedes the old one; the old one stays in the history. */
export function editStudy(db: Db, input: z.output<typeof StudyEditInput>, today: string, now = new Date()): ProgressEvent {
  notInFuture(input.date, today);
  const id = inTransaction(db, () => {
    const old = currentStudyEntry(db, input.eventId);
    return appendEvent(db, { skillId: old.skillId, kind: 'study', date: input.date, minutes: input.minutes, note: input.note, supersedes: old.id }, now);
  });
  return eventById(db, id);
}

export function deleteStudy(db: Db, eventId: number, today: string, now = new Date()): ProgressEvent {
  const id = inTransaction(db, () => {
    const old = currentStudyEntry(db, eventId);
    return appendEvent(db, { skillId: old.skillId, kind: 'void', date: today, note: `Deleted the ${old.date} session`, supersedes: old.id }, now);
  });
  return eventById(db, id);
}

export function listLog(db: Db, query: { skillId?: string; limit: number }): ProgressEvent[] {
  if (query.skillId) requireSkill(db, query.skillId, 'skillId', { allowDeleted: true });
  return withNames(allEvents(db, query.skillId), skillLabels(skillRecords(db))).slice(0, query.limit);
}

/** `events` and `records`: the log and the skills, when the caller has read them already (the plan document reads them once). */
export function progressStats(
  db: Db,
  today: string,
  streakUnit: StreakUnit,
  events: readonly EventRow[] = allEvents(db),
  records: readonly SkillRecord[] = skillRecords(db, events),
): ProgressStats {
  const byDate = minutesByDate(effectiveEvents(events));
  return {
    today,
    streakUnit,
    streak: streak(byDate.keys(), today, streakUnit),
    weeks: weeklyMinutes(byDate, today, 26),
    days: heatmapDays(byDate, today),
    categories: categoryLevels(listSkills(db, records)),
  };
}

/** A deleted custom skill still has a page: its history, read-only, and a way to restore it. */
export function skillDetail(db: Db, id: string): SkillDetail {
  const skill = requireSkill(db, id, 'id', { allowDeleted: true });
  const events = allEvents(db, id);
  const note = skillNote(db, id);
  return {
    ...skill,
    resources: skillResources(db, id),
    note: note.body,
    noteUpdatedAt: note.updatedAt,
    ...linkedSkills(db, id, new Map(listSkills(db).map((s) => [s.id, s]))),
    disabledLinks: disabledEdges(db, id),
    history: withNames(events, skillLabels([skill])),
    levelHistory: levelHistory(effectiveEvents(events)),
  };
}

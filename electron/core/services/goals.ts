import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  completionAfterEdit,
  dateTrack,
  goalReached,
  skillGoalTrack,
  type Goal,
  type GoalFacts,
  type GoalInput,
  type GoalKind,
  type GoalUpdateInput,
} from '@shared/domain/goals';
import type { CareerLevel } from '@shared/domain/profile';
import type { GoalTrack } from '@shared/domain/roadmap-schedule-types';
import { PROFICIENT_LEVEL, remainingHours, type SkillStatus } from '@shared/domain/skills';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../db/store';
import { activeSchedule, type ActiveSchedule } from './roadmap';
import { requireSkill, skillRecords, type SkillRecord } from './skills';

type GoalRow = Pick<Goal, 'id' | 'title' | 'skillId' | 'targetLevel' | 'targetSalary' | 'dueDate' | 'note' | 'createdAt' | 'completedAt'> & {
  kind: GoalKind;
  careerLevel: CareerLevel | null;
};

const GOAL_COLUMNS = sql`id, title, kind, skill_id AS skillId, target_level AS targetLevel, career_level AS careerLevel,
  target_salary AS targetSalary, due_date AS dueDate, note, created_at AS createdAt, completed_at AS completedAt`;

/** Goals that are not deleted, open ones first by due date. */
function goalRows(db: Db, id?: number): GoalRow[] {
  return db.all<GoalRow>(sql`SELECT ${GOAL_COLUMNS} FROM goals WHERE deleted_at IS NULL ${id === undefined ? sql`` : sql`AND id = ${id}`}
    ORDER BY completed_at IS NOT NULL, due_date, id`);
}

interface Profileish {
  careerLevel: CareerLevel | null;
  salary: number | null;
  currency: string | null;
  hoursPerWeek: number;
}

function profileFacts(db: Db): Profileish {
  const row = db.get<Profileish | undefined>(
    sql`SELECT career_level AS careerLevel, current_salary AS salary, currency, hours_per_week AS hoursPerWeek FROM profile WHERE id = 1`,
  );
  return row ?? { careerLevel: null, salary: null, currency: null, hoursPerWeek: 0 };
}

function goalFacts(db: Db): GoalFacts {
  const profile = profileFacts(db);
  return { skills: progressFacts(db), careerLevel: profile.careerLevel, salary: profile.salary };
}

function progressFacts(db: Db): Map<string, { level: number; status: SkillStatus }> {
  const rows = db.all<{ skillId: string; level: number; status: SkillStatus }>(
    sql`SELECT skill_id AS skillId, level, status FROM skill_progress`,
  );
  return new Map(rows.map((r) => [r.skillId, { level: r.level, status: r.status }]));
}

/**
 * Records today as the completion date of every open goal the data now says is reached.
 * Completion is only ever set, never cleared: a later drop in level or salary does not reopen a goal.
 */
export function evaluateGoals(db: Db, today: string): number {
  const open = db.all<GoalRow>(sql`SELECT ${GOAL_COLUMNS} FROM goals WHERE completed_at IS NULL AND deleted_at IS NULL`);
  if (open.length === 0) return 0;
  const facts = goalFacts(db);
  let completed = 0;
  for (const goal of open) {
    if (goalReached(goal, facts) !== true) continue;
    completed += db.run(sql`UPDATE goals SET completed_at = ${today} WHERE id = ${goal.id} AND completed_at IS NULL`).changes;
  }
  return completed;
}

/** Hours still to study for a goal the app can pace: a skill level, or a certification tied to a skill (to proficient, until marked done). */
function hoursLeft(row: GoalRow, skill: SkillRecord | undefined): number | null {
  if (!skill || skill.deletedAt !== null) return null;
  if (row.kind === 'certification' && skill.status === 'done') return 0;
  const target = row.kind === 'skill-level' ? row.targetLevel : row.kind === 'certification' ? PROFICIENT_LEVEL : null;
  return target === null ? null : Math.round(remainingHours(skill.estimatedHours, skill.level, target) * 10) / 10;
}

type Track = Pick<Goal, 'track' | 'trackSource' | 'weeksBehind' | 'plannedEnd'>;

/**
 * An open goal the active roadmap reaches takes its track from the schedule; other skill goals
 * (and every one while there is no schedule) keep the rough estimate; the rest go by date alone.
 */
function trackOf(row: GoalRow, remaining: number | null, planned: ReadonlyMap<number, GoalTrack>, profile: Profileish, today: string): Track {
  if (row.completedAt) return { track: 'done', trackSource: null, weeksBehind: null, plannedEnd: null };
  const fromRoadmap = remaining !== null ? planned.get(row.id) : undefined;
  if (fromRoadmap) return { track: fromRoadmap.track, trackSource: 'roadmap', weeksBehind: fromRoadmap.weeksBehind, plannedEnd: fromRoadmap.plannedEnd };
  if (remaining !== null) {
    const track = skillGoalTrack({ remainingHours: remaining, hoursPerWeek: profile.hoursPerWeek, today, dueDate: row.dueDate });
    return { track, trackSource: 'estimate', weeksBehind: null, plannedEnd: null };
  }
  const track = dateTrack(today, row.dueDate);
  return { track, trackSource: track === null ? null : 'date', weeksBehind: null, plannedEnd: null };
}

function present(rows: readonly GoalRow[], skills: ReadonlyMap<string, SkillRecord>, profile: Profileish, schedule: ActiveSchedule | null, today: string): Goal[] {
  // A prerequisite cycle leaves no schedule: every goal keeps the estimate.
  const planned = new Map(schedule?.result.ok ? schedule.result.goals.map((g) => [g.goalId, g]) : []);
  return rows.map((row) => {
    const skill = row.skillId ? skills.get(row.skillId) : undefined;
    const remaining = hoursLeft(row, skill);
    return {
      ...row,
      skillName: skill?.name ?? null,
      skillDeleted: skill !== undefined && skill.deletedAt !== null,
      remainingHours: remaining,
      ...trackOf(row, remaining, planned, profile, today),
      currentLevel: row.kind === 'skill-level' && skill ? skill.level : null,
      currentCareerLevel: row.kind === 'career-level' ? profile.careerLevel : null,
      currentSalary: row.kind === 'salary' ? profile.salary : null,
      currency: row.kind === 'salary' ? profile.currency : null,
    };
  });
}

/**
 * A read: completion is recorded when the data changes (evaluateGoals after each write), never here.
 * `schedule` lets a caller that already scheduled the active roadmap pass it on.
 */
export function listGoals(
  db: Db,
  today: string,
  schedule: ActiveSchedule | null = activeSchedule(db, today),
  records: readonly SkillRecord[] = skillRecords(db),
): Goal[] {
  const skills = new Map(records.map((s) => [s.id, s]));
  return present(goalRows(db), skills, profileFacts(db), schedule, today);
}

function requireGoal(db: Db, id: number, today: string): Goal {
  const goal = listGoals(db, today).find((g) => g.id === id);
  if (!goal) {
    const message = `There is no goal ${id}`;
    throw new AppError('NOT_FOUND', message, [{ path: ['id'], message }]);
  }
  return goal;
}

function dueDateNotPast(dueDate: string, today: string): void {
  if (dueDate < today) {
    const message = `Due date cannot be in the past (today is ${today})`;
    throw new AppError('VALIDATION', `dueDate: ${message}`, [{ path: ['dueDate'], message }]);
  }
}

/** The kind-specific columns of an input; the kinds without a field store null. */
function targetOf(input: z.output<typeof GoalInput>) {
  return {
    skillId: 'skillId' in input ? input.skillId : null,
    targetLevel: 'targetLevel' in input ? input.targetLevel : null,
    careerLevel: 'careerLevel' in input ? input.careerLevel : null,
    targetSalary: 'targetSalary' in input ? input.targetSalary : null,
  };
}

export function createGoal(db: Db, input: z.output<typeof GoalInput>, today: string, now = new Date()): Goal {
  dueDateNotPast(input.dueDate, today);
  const target = targetOf(input);
  if (target.skillId) requireSkill(db, target.skillId);
  const row = db.get<{ id: number }>(sql`
    INSERT INTO goals (title, kind, skill_id, target_level, career_level, target_salary, due_date, note, created_at)
    VALUES (${input.title}, ${input.kind}, ${target.skillId}, ${target.targetLevel}, ${target.careerLevel}, ${target.targetSalary},
      ${input.dueDate}, ${input.note}, ${now.toISOString()})
    RETURNING id`);
  // A goal already reached completes now, so the answer shows it completed.
  evaluateGoals(db, today);
  return requireGoal(db, row.id, today);
}

/**
 * Replaces a goal's title, due date, note and target (its kind too). A due date already past may
 * stay as it was but not be moved into the past; a goal on a deleted skill may keep that skill.
 * Completion follows `completionAfterEdit`: changing what a measurable goal measures checks it again.
 */
export function updateGoal(db: Db, input: z.output<typeof GoalUpdateInput>, today: string): Goal {
  const before = goalRows(db, input.id)[0];
  if (!before) {
    const message = `There is no goal ${input.id}`;
    throw new AppError('NOT_FOUND', message, [{ path: ['id'], message }]);
  }
  if (input.dueDate !== before.dueDate) dueDateNotPast(input.dueDate, today);
  const target = targetOf(input);
  if (target.skillId) requireSkill(db, target.skillId, 'skillId', { allowDeleted: target.skillId === before.skillId });
  const completedAt = completionAfterEdit(before, { kind: input.kind, ...target }, goalFacts(db), today);
  db.run(sql`UPDATE goals SET title = ${input.title}, kind = ${input.kind}, skill_id = ${target.skillId},
      target_level = ${target.targetLevel}, career_level = ${target.careerLevel}, target_salary = ${target.targetSalary},
      due_date = ${input.dueDate}, note = ${input.note}, completed_at = ${completedAt}
    WHERE id = ${input.id}`);
  // A goal already reached completes now, so the answer shows it completed.
  evaluateGoals(db, today);
  return requireGoal(db, input.id, today);
}

/** For goals only the user can judge (custom, a certification without a skill), or to close any goal early. */
export function markGoalDone(db: Db, id: number, today: string): Goal {
  requireGoal(db, id, today);
  db.run(sql`UPDATE goals SET completed_at = ${today} WHERE id = ${id} AND completed_at IS NULL`);
  return requireGoal(db, id, today);
}

/** Soft delete, so the "Undo" the app offers right after can restore the goal exactly as it was. */
export function deleteGoal(db: Db, id: number, now = new Date()): { deleted: boolean } {
  return { deleted: db.run(sql`UPDATE goals SET deleted_at = ${now.toISOString()} WHERE id = ${id} AND deleted_at IS NULL`).changes > 0 };
}

/** Brings a deleted goal back; if the data reached it meanwhile, it completes today like any open goal. */
export function restoreGoal(db: Db, id: number, today: string): Goal {
  db.run(sql`UPDATE goals SET deleted_at = NULL WHERE id = ${id}`);
  // A goal already reached completes now, so the answer shows it completed.
  evaluateGoals(db, today);
  return requireGoal(db, id, today);
}

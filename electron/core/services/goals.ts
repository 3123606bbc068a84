import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  dateTrack,
  goalReached,
  skillGoalTrack,
  type Goal,
  type GoalFacts,
  type GoalInput,
  type GoalKind,
} from '../../../shared/domain/goals';
import type { CareerLevel } from '../../../shared/domain/profile';
import { remainingHours, type SkillStatus, type SkillSummary } from '../../../shared/domain/skills';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/store';
import { listSkills, requireSkill } from './skills';

type GoalRow = Omit<Goal, 'skillName' | 'track' | 'remainingHours' | 'kind' | 'careerLevel'> & {
  kind: GoalKind;
  careerLevel: CareerLevel | null;
};

const GOAL_COLUMNS = sql`id, title, kind, skill_id AS skillId, target_level AS targetLevel, career_level AS careerLevel,
  target_salary AS targetSalary, due_date AS dueDate, note, created_at AS createdAt, completed_at AS completedAt`;

function goalRows(db: Db, id?: number): GoalRow[] {
  return db.all<GoalRow>(sql`SELECT ${GOAL_COLUMNS} FROM goals ${id === undefined ? sql`` : sql`WHERE id = ${id}`}
    ORDER BY completed_at IS NOT NULL, due_date, id`);
}

interface Profileish {
  careerLevel: CareerLevel | null;
  salary: number | null;
  hoursPerWeek: number;
}

function profileFacts(db: Db): Profileish {
  const row = db.get<{ careerLevel: CareerLevel; salary: number | null; hoursPerWeek: number } | undefined>(
    sql`SELECT career_level AS careerLevel, current_salary AS salary, hours_per_week AS hoursPerWeek FROM profile WHERE id = 1`,
  );
  return row ?? { careerLevel: null, salary: null, hoursPerWeek: 0 };
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
  const open = db.all<GoalRow>(sql`SELECT ${GOAL_COLUMNS} FROM goals WHERE completed_at IS NULL`);
  if (open.length === 0) return 0;
  const profile = profileFacts(db);
  const facts: GoalFacts = { skills: progressFacts(db), careerLevel: profile.careerLevel, salary: profile.salary };
  let completed = 0;
  for (const goal of open) {
    if (goalReached(goal, facts) !== true) continue;
    completed += db.run(sql`UPDATE goals SET completed_at = ${today} WHERE id = ${goal.id} AND completed_at IS NULL`).changes;
  }
  return completed;
}

function present(rows: readonly GoalRow[], skills: ReadonlyMap<string, SkillSummary>, profile: Profileish, today: string): Goal[] {
  return rows.map((row) => {
    const skill = row.skillId ? skills.get(row.skillId) : undefined;
    const remaining =
      row.kind === 'skill-level' && skill && row.targetLevel !== null
        ? Math.round(remainingHours(skill.estimatedHours, skill.level, row.targetLevel) * 10) / 10
        : null;
    const track = row.completedAt
      ? 'done'
      : remaining !== null
        ? skillGoalTrack({ remainingHours: remaining, hoursPerWeek: profile.hoursPerWeek, today, dueDate: row.dueDate })
        : dateTrack(today, row.dueDate);
    return { ...row, skillName: skill?.name ?? null, remainingHours: remaining, track };
  });
}

/** A read: completion is recorded when the data changes (evaluateGoals after each write), never here. */
export function listGoals(db: Db, today: string): Goal[] {
  const skills = new Map(listSkills(db).map((s) => [s.id, s]));
  return present(goalRows(db), skills, profileFacts(db), today);
}

function requireGoal(db: Db, id: number, today: string): Goal {
  const goal = listGoals(db, today).find((g) => g.id === id);
  if (!goal) {
    const message = `There is no goal ${id}`;
    throw new AppError('NOT_FOUND', message, [{ path: ['id'], message }]);
  }
  return goal;
}

export function createGoal(db: Db, input: z.output<typeof GoalInput>, today: string, now = new Date()): Goal {
  if (input.dueDate < today) {
    const message = `Due date cannot be in the past (today is ${today})`;
    throw new AppError('VALIDATION', `dueDate: ${message}`, [{ path: ['dueDate'], message }]);
  }
  const skillId = 'skillId' in input ? input.skillId : null;
  if (skillId) requireSkill(db, skillId);
  const row = db.get<{ id: number }>(sql`
    INSERT INTO goals (title, kind, skill_id, target_level, career_level, target_salary, due_date, note, created_at)
    VALUES (${input.title}, ${input.kind}, ${skillId}, ${'targetLevel' in input ? input.targetLevel : null},
      ${'careerLevel' in input ? input.careerLevel : null}, ${'targetSalary' in input ? input.targetSalary : null},
      ${input.dueDate}, ${input.note}, ${now.toISOString()})
    RETURNING id`);
  return requireGoal(db, row.id, today);
}

/** For goals only the user can judge (custom, a certification without a skill), or to close any goal early. */
export function markGoalDone(db: Db, id: number, today: string): Goal {
  requireGoal(db, id, today);
  db.run(sql`UPDATE goals SET completed_at = ${today} WHERE id = ${id} AND completed_at IS NULL`);
  return requireGoal(db, id, today);
}

export function deleteGoal(db: Db, id: number): { deleted: boolean } {
  return { deleted: db.run(sql`DELETE FROM goals WHERE id = ${id}`).changes > 0 };
}

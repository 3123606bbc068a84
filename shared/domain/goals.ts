import { differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';
import { IsoDate, toDate } from './dates';
import { CAREER_LEVELS, CareerLevel, MAX_ANNUAL_SALARY } from './profile';
import { Level, SkillId, SkillStatus } from './skills';
import { GOAL_KINDS } from './vocabulary';

export { GOAL_KINDS, GOAL_KIND_LABELS } from './vocabulary';

export const GoalKind = z.enum(GOAL_KINDS, { error: 'Choose a goal kind' });
export type GoalKind = z.infer<typeof GoalKind>;

export const MAX_GOAL_NOTE_CHARS = 10_000;

const base = {
  title: z
    .string({ error: 'Title is required' })
    .trim()
    .min(1, 'Title cannot be empty')
    .max(200, 'Title must be at most 200 characters'),
  dueDate: IsoDate('Due date'),
  note: z
    .string({ error: 'Note must be text' })
    .max(MAX_GOAL_NOTE_CHARS, `Note must be at most ${MAX_GOAL_NOTE_CHARS.toLocaleString('en-US')} characters`)
    .default(''),
};

export const GoalId = z.number().int().positive();

/** What a goal aims at, by kind; the measurable kinds name what the app checks to complete them. */
function goalVariants<E extends z.ZodRawShape>(extra: E) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ ...extra, ...base, kind: z.literal('skill-level'), skillId: SkillId, targetLevel: Level('Target level') }),
      z.object({ ...extra, ...base, kind: z.literal('career-level'), careerLevel: z.enum(CAREER_LEVELS, { error: 'Choose a career level' }) }),
      z.object({
        ...extra,
        ...base,
        kind: z.literal('salary'),
        targetSalary: z
          .number({ error: 'Target salary must be a number' })
          .int('Target salary must be a whole number')
          .min(1, 'Target salary must be more than 0')
          .max(MAX_ANNUAL_SALARY, `Target salary must be at most ${MAX_ANNUAL_SALARY.toLocaleString('en-US')}`),
      }),
      /** With a skill (a certification from the catalog), it completes when that skill is marked done. */
      z.object({ ...extra, ...base, kind: z.literal('certification'), skillId: SkillId.nullable().default(null) }),
      z.object({ ...extra, ...base, kind: z.literal('custom') }),
    ],
    { error: 'Choose a goal kind' },
  );
}

export const GoalInput = goalVariants({});
export type GoalInput = z.input<typeof GoalInput>;

/**
 * An edit replaces every field but the goal's history (created, completed). Changing what a
 * measurable goal measures re-checks it against the data: see `completionAfterEdit`.
 */
export const GoalUpdateInput = goalVariants({ id: GoalId });
export type GoalUpdateInput = z.input<typeof GoalUpdateInput>;

/**
 * done; on-track / behind where the app has a pace model (the active roadmap's schedule, else hours
 * left against weekly hours);
 * overdue for goals without one once their due date has passed. Goals without a pace model
 * that are not yet due have no track (null): the app cannot say whether they are on track.
 */
export const GOAL_TRACKS = ['done', 'on-track', 'behind', 'overdue'] as const;
export const GoalTrack = z.enum(GOAL_TRACKS);
export type GoalTrack = z.infer<typeof GoalTrack>;

export const GOAL_TRACK_SOURCES = ['roadmap', 'estimate', 'date'] as const;
export const GoalTrackSource = z.enum(GOAL_TRACK_SOURCES);
export type GoalTrackSource = z.infer<typeof GoalTrackSource>;

export const Goal = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: GoalKind,
  skillId: z.string().nullable(),
  skillName: z.string().nullable(),
  targetLevel: z.number().int().nullable(),
  careerLevel: CareerLevel.nullable(),
  targetSalary: z.number().int().nullable(),
  dueDate: z.string(),
  note: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  track: GoalTrack.nullable(),
  /**
   * Where an open goal's track comes from: the active roadmap's schedule, the rough estimate (hours
   * left against the profile's weekly hours) for skill goals the roadmap does not reach, or the due
   * date alone. null when the goal is done or has no track.
   */
  trackSource: GoalTrackSource.nullable(),
  /** From the roadmap: whole weeks the planned end is after the due date (0 when on track); null otherwise. */
  weeksBehind: z.number().int().nullable(),
  /** From the roadmap: the day its schedule reaches the goal; null when it has no date (no time planned, already reached). */
  plannedEnd: z.string().nullable(),
  /** Skill and certification goals: estimated hours still to study. */
  remainingHours: z.number().nullable(),
  /** The goal's skill is a custom skill the user deleted: it can no longer progress. */
  skillDeleted: z.boolean(),
  /** Where the user stands now, for the kind's target: a skill goal's level, a career goal's level, a salary goal's salary. */
  currentLevel: z.number().int().nullable(),
  currentCareerLevel: CareerLevel.nullable(),
  currentSalary: z.number().int().nullable(),
  /** The profile's currency, in which salary targets are read. */
  currency: z.string().nullable(),
});
export type Goal = z.infer<typeof Goal>;

export const GoalIdInput = z.object({ id: GoalId });

export interface GoalFacts {
  skills: ReadonlyMap<string, { level: number; status: SkillStatus }>;
  careerLevel: CareerLevel | null;
  salary: number | null;
}

type Target = Pick<Goal, 'kind' | 'skillId' | 'targetLevel' | 'careerLevel' | 'targetSalary'>;

/** Whether the data says a measurable goal is reached; null for kinds only the user can mark done. */
export function goalReached(goal: Target, facts: GoalFacts): boolean | null {
  switch (goal.kind) {
    case 'skill-level': {
      const skill = goal.skillId ? facts.skills.get(goal.skillId) : undefined;
      return skill !== undefined && goal.targetLevel !== null && skill.level >= goal.targetLevel;
    }
    case 'career-level':
      return (
        facts.careerLevel !== null &&
        goal.careerLevel !== null &&
        CAREER_LEVELS.indexOf(facts.careerLevel) >= CAREER_LEVELS.indexOf(goal.careerLevel)
      );
    case 'salary':
      return facts.salary !== null && goal.targetSalary !== null && facts.salary >= goal.targetSalary;
    case 'certification':
      return goal.skillId === null ? null : facts.skills.get(goal.skillId)?.status === 'done';
    case 'custom':
      return null;
  }
}

/**
 * The rough estimate for skill goals the active roadmap does not reach (or when there is no
 * schedule: no active roadmap, or a prerequisite cycle): behind when the estimated hours still to
 * study exceed what the user's weekly hours give before the due date.
 */
export function skillGoalTrack(input: {
  remainingHours: number;
  hoursPerWeek: number;
  today: string;
  dueDate: string;
}): Exclude<GoalTrack, 'done'> {
  const weeksLeft = Math.max(0, differenceInCalendarDays(toDate(input.dueDate), toDate(input.today))) / 7;
  return input.remainingHours > input.hoursPerWeek * weeksLeft ? 'behind' : 'on-track';
}

/** Goals without a pace model: nothing to say until the due date passes, then overdue. */
export const dateTrack = (today: string, dueDate: string): 'overdue' | null => (today > dueDate ? 'overdue' : null);

const sameMeasure = (a: Target, b: Target) =>
  a.kind === b.kind && a.skillId === b.skillId && a.targetLevel === b.targetLevel && a.careerLevel === b.careerLevel && a.targetSalary === b.targetSalary;

/**
 * The completion date after an edit. Title, due date and note never change it. When what a goal
 * measures changes (kind, skill or target), the data decides again: reached keeps the old date
 * (or today, if it was open), not reached reopens it. Kinds only the user can judge keep their state.
 */
export function completionAfterEdit(before: Target & { completedAt: string | null }, after: Target, facts: GoalFacts, today: string): string | null {
  if (sameMeasure(before, after)) return before.completedAt;
  const reached = goalReached(after, facts);
  if (reached === null) return before.completedAt;
  return reached ? (before.completedAt ?? today) : null;
}

import type { SkillEdge } from './skills';

// The roadmap scheduler's input and output (issue "Learning roadmap"). The scheduler itself,
// `scheduleRoadmap(input: ScheduleInput): ScheduleResult`, lives in ./roadmap-schedule.ts: a pure
// function, no I/O. Dates are ISO calendar dates (YYYY-MM-DD); a week is 7 calendar days.

export interface ScheduleItem {
  /** The roadmap item's id. */
  id: number;
  skillId: string;
  /** The level this item aims for (1–5). */
  targetLevel: number;
  /** The user's order (0-based); breaks ties after prerequisites. */
  position: number;
  /** Replaces the estimate of hours still to go, when the user set one. */
  hoursOverride: number | null;
  /** The item may not start before this date. */
  pinnedStart: string | null;
  /** Done and skipped items take no time and satisfy their dependants. */
  status: 'planned' | 'done' | 'skipped';
}

export interface ScheduleSkill {
  id: string;
  name: string;
  /** Hours from level 0 to proficient (the catalog's or the user's estimate). */
  estimatedHours: number;
  /** The user's current level (0–5). */
  level: number;
  /** Hours already logged on this skill (counted toward the levels still to go). */
  hoursLogged: number;
}

export interface WeekOff {
  /** First day off, inclusive. */
  start: string;
  /** Last day off, inclusive. */
  end: string;
}

export interface ScheduleGoal {
  goalId: number;
  skillId: string;
  targetLevel: number;
  dueDate: string;
}

export interface ScheduleInput {
  items: readonly ScheduleItem[];
  skills: readonly ScheduleSkill[];
  /** Catalog and custom edges (only enabled ones); `from` is the prerequisite of `to`. */
  edges: readonly SkillEdge[];
  hoursPerWeek: number;
  /** The first day planned (normally today). */
  startDate: string;
  weeksOff: readonly WeekOff[];
  /** How many items may run at once (1–N); the week's hours are split between them. */
  parallel: number;
  goals: readonly ScheduleGoal[];
  /** Hours logged in each of the last four full weeks (oldest first), for the actual pace. */
  recentWeeklyHours: readonly number[];
}

export interface ScheduledItem {
  itemId: number;
  skillId: string;
  /** Hours still to go when the schedule starts. */
  hours: number;
  /** null for done/skipped items and when no time is planned. */
  start: string | null;
  end: string | null;
  /** Every prerequisite is met now: it could start today. */
  readyNow: boolean;
  /** On the chain whose delay moves the finish date. */
  critical: boolean;
}

export interface GoalTrack {
  goalId: number;
  track: 'on-track' | 'behind';
  /** Whole weeks the planned end is after the due date (0 when on track). */
  weeksBehind: number;
  plannedEnd: string | null;
}

export type ScheduleResult =
  | {
      ok: true;
      items: ScheduledItem[];
      /** The last end date; null when nothing is left or no time is planned. */
      finish: string | null;
      /** True when hours per week is 0 and work remains. */
      noTimePlanned: boolean;
      /** The finish at the pace of the last four weeks; null with too little history. */
      actualPace: { hoursPerWeek: number; finish: string | null } | null;
      goals: GoalTrack[];
    }
  | {
      ok: false;
      /** The skills in a prerequisite cycle, by name, in order (the first repeated at the end). */
      cycle: string[];
    };

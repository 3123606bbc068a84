import { z } from 'zod';
import { Goal } from './goals';
import { Profile } from './profile';
import { ProgressEvent, StreakUnit } from './progress';
import { SalaryBand } from './salary-explorer';
import { SkillSummary } from './skills';

/** How many of the roadmap's next items the dashboard lists. */
export const DASHBOARD_NEXT_ITEMS = 3;

/** The active roadmap at a glance: when it finishes at the planned and at the actual pace, and what comes next. */
export const DashboardRoadmap = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The hours per week the plan uses (the roadmap's own, else the profile's). */
  hoursPerWeek: z.number(),
  /** At the planned pace; null when nothing is left, no time is planned or there is a cycle. */
  finish: z.string().nullable(),
  noTimePlanned: z.boolean(),
  /** At the pace of the last four weeks; null with too little history (or a cycle). */
  actualPace: z.object({ hoursPerWeek: z.number(), finish: z.string().nullable() }).nullable(),
  /** The skills of a prerequisite cycle that stops the schedule, by name; null when it schedules. */
  cycle: z.array(z.string()).nullable(),
  /** Up to three planned items with dates, earliest start first. */
  next: z.array(
    z.object({
      itemId: z.number().int(),
      skillId: z.string(),
      skillName: z.string(),
      targetLevel: z.number().int(),
      start: z.string(),
      end: z.string(),
      readyNow: z.boolean(),
    }),
  ),
});
export type DashboardRoadmap = z.infer<typeof DashboardRoadmap>;

/** What the dashboard shows: this week's study, the streak, goals coming due, skills in progress, the roadmap. */
export const DashboardSummary = z.object({
  today: z.string(),
  weekMinutes: z.number().int(),
  streak: z.number().int(),
  streakUnit: StreakUnit,
  /** Open goals due in the next 30 days, and every open goal that is behind. */
  goalsDue: z.array(Goal),
  inProgress: z.array(SkillSummary),
  latest: z.array(ProgressEvent),
  /** The active roadmap; null when there is none. */
  roadmap: DashboardRoadmap.nullable(),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

/**
 * Everything the dashboard's first screen shows, in one answer: the profile, the summary and the
 * official band of the profile's occupation and area (its salary standing). Asked for as one
 * request so the window does not wait for the profile before it can ask for the band.
 */
export const DashboardFirstScreen = z.object({
  profile: Profile.nullable(),
  summary: DashboardSummary,
  /** The official band for the profile's occupation and area; null without a profile or when none is published. */
  band: SalaryBand.nullable(),
});
export type DashboardFirstScreen = z.infer<typeof DashboardFirstScreen>;

import { z } from 'zod';
import { IsoDate } from './dates';
import { PROFICIENT_LEVEL, SkillEdge, SkillId } from './skills';

/*
 * Roadmaps: the user's ordered plans of skills to learn, each item a skill with a target level.
 * Inputs say what is wrong and where; outputs are what the roadmap screen shows. The schedule
 * itself comes from ./roadmap-schedule.ts (types in ./roadmap-schedule-types.ts).
 */

/** Most items that may run at once; more than this splits the week too thin to mean anything. */
export const MAX_PARALLEL = 10;
export const MAX_ROADMAP_ITEMS = 500;
export const MAX_HOURS_PER_WEEK = 80;

export const ROADMAP_ITEM_STATUSES = ['planned', 'done', 'skipped'] as const;
export const RoadmapItemStatus = z.enum(ROADMAP_ITEM_STATUSES, { error: 'Status must be planned, done or skipped' });
export type RoadmapItemStatus = z.infer<typeof RoadmapItemStatus>;

const id = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .positive(`${field} must be more than 0`);

export const RoadmapName = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name cannot be empty')
  .max(120, 'Name must be at most 120 characters');

/** A roadmap item aims at a level above none. */
export const TargetLevel = z
  .number({ error: 'Target level must be a number from 1 to 5' })
  .int('Target level must be a whole number from 1 to 5')
  .min(1, 'Target level must be at least 1')
  .max(5, 'Target level must be at most 5');

export const HoursPerWeek = z
  .number({ error: 'Hours per week must be a number' })
  .min(0, 'Hours per week cannot be negative')
  .max(MAX_HOURS_PER_WEEK, `Hours per week must be at most ${MAX_HOURS_PER_WEEK}`);

export const Parallel = z
  .number({ error: `Skills at once must be a number from 1 to ${MAX_PARALLEL}` })
  .int(`Skills at once must be a whole number from 1 to ${MAX_PARALLEL}`)
  .min(1, 'Skills at once must be at least 1')
  .max(MAX_PARALLEL, `Skills at once must be at most ${MAX_PARALLEL}`);

export const HoursOverride = z
  .number({ error: 'Hours must be a number' })
  .min(0, 'Hours cannot be negative')
  .max(5000, 'Hours must be at most 5,000');

// ---- the bundled paths file (resources/data/roadmap-paths.json) ----

export const PathId = z
  .string({ error: 'Path id is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Path id must be a lowercase slug (letters, digits and dashes)')
  .max(80, 'Path id must be at most 80 characters');

export const PathItem = z.object({ skillId: SkillId, targetLevel: TargetLevel });
export type PathItem = z.infer<typeof PathItem>;

export const PathsFile = z.object({
  version: z.number().int().positive(),
  paths: z.array(
    z.object({
      id: PathId,
      name: RoadmapName,
      description: z.string().max(600, 'Description must be at most 600 characters'),
      items: z.array(PathItem).min(1, 'A path needs at least one skill'),
    }),
  ),
});
export type PathsFile = z.infer<typeof PathsFile>;

/**
 * Every problem in the bundled paths against the catalog: unknown or repeated skills, a
 * prerequisite that comes after the skill it opens, or one aimed below the level that meets it.
 */
export function pathProblems(file: Pick<PathsFile, 'paths'>, skillIds: ReadonlySet<string>, edges: readonly SkillEdge[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const path of file.paths) {
    if (ids.has(path.id)) problems.push(`Path id "${path.id}" is used twice`);
    ids.add(path.id);
    const position = new Map<string, number>();
    path.items.forEach((item, i) => {
      if (!skillIds.has(item.skillId)) problems.push(`Path "${path.id}" item ${i} names unknown skill "${item.skillId}"`);
      if (position.has(item.skillId)) problems.push(`Path "${path.id}" lists "${item.skillId}" twice`);
      else position.set(item.skillId, i);
    });
    for (const edge of edges) {
      if (edge.kind !== 'prerequisite') continue;
      const before = position.get(edge.from);
      const after = position.get(edge.to);
      if (before === undefined || after === undefined) continue;
      if (before > after) problems.push(`Path "${path.id}" puts "${edge.to}" before its prerequisite "${edge.from}"`);
      const target = path.items[before]?.targetLevel ?? 0;
      if (target < PROFICIENT_LEVEL) {
        problems.push(`Path "${path.id}" aims "${edge.from}" at level ${target}, below the ${PROFICIENT_LEVEL} that "${edge.to}" needs`);
      }
    }
  }
  return problems;
}

/**
 * The prerequisites to add with a skill, transitively, each before what needs it. A prerequisite
 * counts as satisfied (and its own prerequisites are not followed) when `satisfied` says so, or
 * when a skill named as its alternative is satisfied.
 */
export function prerequisitesToAdd(skillId: string, edges: readonly SkillEdge[], satisfied: (id: string) => boolean): string[] {
  const prerequisites = new Map<string, string[]>();
  const alternatives = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind === 'prerequisite') prerequisites.set(e.to, [...(prerequisites.get(e.to) ?? []), e.from]);
    if (e.kind === 'alternative') {
      alternatives.set(e.from, [...(alternatives.get(e.from) ?? []), e.to]);
      alternatives.set(e.to, [...(alternatives.get(e.to) ?? []), e.from]);
    }
  }
  const met = (id: string) => satisfied(id) || (alternatives.get(id) ?? []).some(satisfied);
  const order: string[] = [];
  // Post-order depth-first: a skill is listed after all it needs. `seen` also stops a cycle (custom edges) from looping.
  const seen = new Set<string>([skillId]);
  const visit = (id: string) => {
    for (const pre of prerequisites.get(id) ?? []) {
      if (seen.has(pre) || met(pre)) continue;
      seen.add(pre);
      visit(pre);
      order.push(pre);
    }
  };
  visit(skillId);
  return order;
}

// ---- inputs ----

export const RoadmapIdInput = z.object({ id: id('Roadmap id') });
export const ItemIdInput = z.object({ id: id('Item id') });
export const WeekOffIdInput = z.object({ id: id('Week off id') });

/** An empty roadmap, or a copy of a bundled path (its name unless one is given). */
export const CreateRoadmapInput = z
  .object({ name: RoadmapName.optional(), pathId: PathId.nullable().default(null) })
  .refine((v) => v.name !== undefined || v.pathId !== null, { message: 'Give the roadmap a name', path: ['name'] });
export type CreateRoadmapInput = z.input<typeof CreateRoadmapInput>;

export const RenameRoadmapInput = z.object({ id: id('Roadmap id'), name: RoadmapName });
export const DuplicateRoadmapInput = z.object({ id: id('Roadmap id'), name: RoadmapName.optional() });
export const ArchiveRoadmapInput = z.object({ id: id('Roadmap id'), archived: z.boolean({ error: 'Archived must be true or false' }) });

export const AddItemInput = z.object({
  roadmapId: id('Roadmap id'),
  skillId: SkillId,
  targetLevel: TargetLevel.default(PROFICIENT_LEVEL),
  /** Also add the skill's unmet prerequisites (transitively), each before what needs it. */
  withPrerequisites: z.boolean({ error: 'With prerequisites must be true or false' }).default(false),
});
export type AddItemInput = z.input<typeof AddItemInput>;

export const ReorderInput = z.object({
  roadmapId: id('Roadmap id'),
  /** Every item of the roadmap, once each, in the new order. */
  itemIds: z.array(id('Item id'), { error: 'Item ids must be a list' }).max(MAX_ROADMAP_ITEMS, `A roadmap holds at most ${MAX_ROADMAP_ITEMS} items`),
});

export const UpdateItemInput = z
  .object({
    id: id('Item id'),
    targetLevel: TargetLevel.optional(),
    hoursOverride: HoursOverride.nullable().optional(),
    pinnedStart: IsoDate('Pinned start').nullable().optional(),
    status: RoadmapItemStatus.optional(),
  })
  .refine((v) => v.targetLevel !== undefined || v.hoursOverride !== undefined || v.pinnedStart !== undefined || v.status !== undefined, {
    message: 'Give a target level, hours, a pinned start or a status to change',
  });
export type UpdateItemInput = z.input<typeof UpdateItemInput>;

/** hoursPerWeek null goes back to the profile's hours. */
export const SetPlanInput = z
  .object({ id: id('Roadmap id'), hoursPerWeek: HoursPerWeek.nullable().optional(), parallel: Parallel.optional() })
  .refine((v) => v.hoursPerWeek !== undefined || v.parallel !== undefined, { message: 'Give hours per week or skills at once to change' });
export type SetPlanInput = z.input<typeof SetPlanInput>;

/** Weeks off may overlap: the schedule treats their union as time off, and each keeps its own label. */
export const AddWeekOffInput = z
  .object({
    roadmapId: id('Roadmap id'),
    start: IsoDate('Start'),
    end: IsoDate('End'),
    label: z.string({ error: 'Label must be text' }).trim().max(120, 'Label must be at most 120 characters').default(''),
  })
  .refine((v) => v.end >= v.start, { message: 'End cannot be before start', path: ['end'] });
export type AddWeekOffInput = z.input<typeof AddWeekOffInput>;

// ---- outputs ----

export const RoadmapPath = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  items: z.array(z.object({ skillId: z.string(), skillName: z.string(), targetLevel: z.number().int() })),
  /** Hours from the current levels to every target, before study already logged. */
  estimatedHours: z.number(),
});
export type RoadmapPath = z.infer<typeof RoadmapPath>;

export const RoadmapSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  sourcePathId: z.string().nullable(),
  /** The path's current name; null for an empty start or a path a later version dropped. */
  sourcePathName: z.string().nullable(),
  /** null: the profile's hours per week. */
  hoursPerWeek: z.number().nullable(),
  parallel: z.number().int(),
  active: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  itemCount: z.number().int(),
  doneCount: z.number().int(),
});
export type RoadmapSummary = z.infer<typeof RoadmapSummary>;

export const RoadmapItem = z.object({
  id: z.number().int(),
  skillId: z.string(),
  skillName: z.string(),
  /** A custom skill deleted after it was added: the item stays and says so. */
  skillDeleted: z.boolean(),
  currentLevel: z.number().int(),
  estimatedHours: z.number(),
  hoursLogged: z.number(),
  targetLevel: z.number().int(),
  position: z.number().int(),
  hoursOverride: z.number().nullable(),
  pinnedStart: z.string().nullable(),
  status: RoadmapItemStatus,
});
export type RoadmapItem = z.infer<typeof RoadmapItem>;

export const RoadmapWeekOff = z.object({ id: z.number().int(), start: z.string(), end: z.string(), label: z.string() });
export type RoadmapWeekOff = z.infer<typeof RoadmapWeekOff>;

const ScheduledItemSchema = z.object({
  itemId: z.number().int(),
  skillId: z.string(),
  hours: z.number(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  readyNow: z.boolean(),
  critical: z.boolean(),
});

/** The scheduler's answer (ScheduleResult in ./roadmap-schedule-types.ts) as the contract checks it. */
export const RoadmapSchedule = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    items: z.array(ScheduledItemSchema),
    finish: z.string().nullable(),
    noTimePlanned: z.boolean(),
    actualPace: z.object({ hoursPerWeek: z.number(), finish: z.string().nullable() }).nullable(),
    goals: z.array(
      z.object({
        goalId: z.number().int(),
        track: z.enum(['on-track', 'behind']),
        weeksBehind: z.number(),
        plannedEnd: z.string().nullable(),
      }),
    ),
  }),
  z.object({ ok: z.literal(false), cycle: z.array(z.string()) }),
]);

/** What the scheduler was given (ScheduleInput in ./roadmap-schedule-types.ts), so the screen can re-schedule at once while a change is saved. */
export const RoadmapScheduleInput = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      skillId: z.string(),
      targetLevel: z.number().int(),
      position: z.number().int(),
      hoursOverride: z.number().nullable(),
      pinnedStart: z.string().nullable(),
      status: RoadmapItemStatus,
    }),
  ),
  skills: z.array(z.object({ id: z.string(), name: z.string(), estimatedHours: z.number(), level: z.number(), hoursLogged: z.number() })),
  /** `custom`: the user's own link (one they may remove); the catalog's are not theirs to remove. */
  edges: z.array(SkillEdge.extend({ custom: z.boolean().optional() })),
  hoursPerWeek: z.number(),
  startDate: z.string(),
  weeksOff: z.array(z.object({ start: z.string(), end: z.string() })),
  parallel: z.number().int(),
  goals: z.array(z.object({ goalId: z.number().int(), skillId: z.string(), targetLevel: z.number().int(), dueDate: z.string() })),
  recentWeeklyHours: z.array(z.number()),
});
export type RoadmapScheduleInput = z.infer<typeof RoadmapScheduleInput>;

export const RoadmapView = z.object({
  roadmap: RoadmapSummary,
  items: z.array(RoadmapItem),
  weeksOff: z.array(RoadmapWeekOff),
  /** The hours the schedule used, and where they came from. */
  hoursPerWeek: z.number(),
  hoursPerWeekFrom: z.enum(['roadmap', 'profile']),
  /** Hours logged in each of the last four full weeks (oldest first): the actual pace. */
  recentWeeklyHours: z.array(z.number()),
  today: z.string(),
  scheduleInput: RoadmapScheduleInput,
  schedule: RoadmapSchedule,
});
export type RoadmapView = z.infer<typeof RoadmapView>;

export const AddedItems = z.object({
  /** What was added, prerequisites first, the asked-for skill last. */
  items: z.array(RoadmapItem),
});
export type AddedItems = z.infer<typeof AddedItems>;

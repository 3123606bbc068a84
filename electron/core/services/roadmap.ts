import { addDays, startOfISOWeek, subWeeks } from 'date-fns';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { toDate, toIso } from '@shared/domain/dates';
import { effectiveEvents } from '@shared/domain/progress';
import {
  MAX_ROADMAP_ITEMS,
  prerequisitesToAdd,
  type AddItemInput,
  type AddWeekOffInput,
  type AddedItems,
  type CreateRoadmapInput,
  type RoadmapItem,
  type RoadmapItemStatus,
  type RoadmapPath,
  type RoadmapScheduleInput,
  type RoadmapSummary,
  type RoadmapView,
  type SetPlanInput,
  type UpdateItemInput,
} from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { ScheduleInput, ScheduleResult } from '@shared/domain/roadmap-schedule-types';
import { PROFICIENT_LEVEL, prerequisiteMet, remainingHours } from '@shared/domain/skills';
import { AppError } from '@shared/ipc/result';
import { catalogRoadmapPathItems, catalogRoadmapPaths, goals, profile, roadmapItems, roadmaps, roadmapWeeksOff } from '../db/schema';
import type { Db } from '../db/store';
import { allEvents } from './progress-log';
import { allEdges, requireSkill, skillRecords, type SkillRecord } from './skills';

type RoadmapRow = typeof roadmaps.$inferSelect;
type ItemRow = typeof roadmapItems.$inferSelect;

function notFound(what: string, id: number | string, field = 'id'): never {
  const message = `There is no ${what} ${id}`;
  throw new AppError('NOT_FOUND', message, [{ path: [field], message }]);
}

function requireRoadmap(db: Db, id: number, field = 'id'): RoadmapRow {
  return db.select().from(roadmaps).where(eq(roadmaps.id, id)).get() ?? notFound('roadmap', id, field);
}

function requireItem(db: Db, id: number): ItemRow {
  return db.select().from(roadmapItems).where(eq(roadmapItems.id, id)).get() ?? notFound('roadmap item', id);
}

const touch = (db: Db, id: number, now: Date) => db.update(roadmaps).set({ updatedAt: now.toISOString() }).where(eq(roadmaps.id, id)).run();

function itemRows(db: Db, roadmapId: number): ItemRow[] {
  return db.select().from(roadmapItems).where(eq(roadmapItems.roadmapId, roadmapId)).orderBy(asc(roadmapItems.position)).all();
}

/** Positions 0..n-1 in the given order, so the user's order never has gaps or ties. */
function renumber(db: Db, ids: readonly number[]): void {
  ids.forEach((id, position) => db.update(roadmapItems).set({ position }).where(eq(roadmapItems.id, id)).run());
}

const skillMap = (db: Db) => new Map(skillRecords(db).map((s) => [s.id, s]));

function toItem(row: ItemRow, skills: ReadonlyMap<string, SkillRecord>): RoadmapItem {
  const skill = skills.get(row.skillId);
  return {
    id: row.id,
    skillId: row.skillId,
    skillName: skill?.name ?? row.skillId,
    skillDeleted: !skill || skill.deletedAt !== null,
    currentLevel: skill?.level ?? 0,
    estimatedHours: skill?.estimatedHours ?? 0,
    hoursLogged: Math.round(((skill?.minutesLogged ?? 0) / 60) * 100) / 100,
    targetLevel: row.targetLevel,
    position: row.position,
    hoursOverride: row.hoursOverride,
    pinnedStart: row.pinnedStart,
    status: row.status as RoadmapItemStatus,
  };
}

// ---- paths ----

export function listPaths(db: Db): RoadmapPath[] {
  const skills = skillMap(db);
  const items = db.select().from(catalogRoadmapPathItems).orderBy(asc(catalogRoadmapPathItems.pathId), asc(catalogRoadmapPathItems.position)).all();
  return db
    .select()
    .from(catalogRoadmapPaths)
    .orderBy(asc(catalogRoadmapPaths.position))
    .all()
    .map((path) => {
      const own = items.filter((i) => i.pathId === path.id);
      return {
        id: path.id,
        name: path.name,
        description: path.description,
        items: own.map((i) => ({ skillId: i.skillId, skillName: skills.get(i.skillId)?.name ?? i.skillId, targetLevel: i.targetLevel })),
        estimatedHours: Math.round(
          own.reduce((sum, i) => {
            const skill = skills.get(i.skillId);
            return sum + (skill ? remainingHours(skill.estimatedHours, skill.level, i.targetLevel) : 0);
          }, 0),
        ),
      };
    });
}

// ---- roadmaps ----

export function listRoadmaps(db: Db): RoadmapSummary[] {
  const counts = new Map(
    db
      .select({
        roadmapId: roadmapItems.roadmapId,
        items: count(),
        done: sql<number>`SUM(CASE WHEN ${roadmapItems.status} = 'done' THEN 1 ELSE 0 END)`,
      })
      .from(roadmapItems)
      .groupBy(roadmapItems.roadmapId)
      .all()
      .map((c) => [c.roadmapId, c]),
  );
  const pathNames = new Map(db.select({ id: catalogRoadmapPaths.id, name: catalogRoadmapPaths.name }).from(catalogRoadmapPaths).all().map((p) => [p.id, p.name]));
  return db
    .select()
    .from(roadmaps)
    .orderBy(sql`${roadmaps.archivedAt} IS NOT NULL`, desc(roadmaps.active), asc(roadmaps.id))
    .all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      sourcePathId: r.sourcePathId,
      sourcePathName: r.sourcePathId ? (pathNames.get(r.sourcePathId) ?? null) : null,
      hoursPerWeek: r.hoursPerWeek,
      parallel: r.parallel,
      active: r.active === 1,
      archivedAt: r.archivedAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      itemCount: counts.get(r.id)?.items ?? 0,
      doneCount: Number(counts.get(r.id)?.done ?? 0),
    }));
}

function summary(db: Db, id: number): RoadmapSummary {
  return listRoadmaps(db).find((r) => r.id === id) ?? notFound('roadmap', id);
}

/** The first roadmap (or the first after the active one is archived or deleted) becomes active, so there is one whenever any is open. */
function ensureActive(db: Db): void {
  if (db.select({ id: roadmaps.id }).from(roadmaps).where(eq(roadmaps.active, 1)).get()) return;
  const next = db.select({ id: roadmaps.id }).from(roadmaps).where(isNull(roadmaps.archivedAt)).orderBy(desc(roadmaps.updatedAt), desc(roadmaps.id)).get();
  if (next) db.update(roadmaps).set({ active: 1 }).where(eq(roadmaps.id, next.id)).run();
}

export function createRoadmap(db: Db, input: z.output<typeof CreateRoadmapInput>, now = new Date()): RoadmapSummary {
  let name = input.name;
  let items: Array<{ skillId: string; targetLevel: number }> = [];
  if (input.pathId !== null) {
    const path = db.select().from(catalogRoadmapPaths).where(eq(catalogRoadmapPaths.id, input.pathId)).get() ?? notFound('bundled path', `"${input.pathId}"`, 'pathId');
    name ??= path.name;
    items = db
      .select({ skillId: catalogRoadmapPathItems.skillId, targetLevel: catalogRoadmapPathItems.targetLevel })
      .from(catalogRoadmapPathItems)
      .where(eq(catalogRoadmapPathItems.pathId, path.id))
      .orderBy(asc(catalogRoadmapPathItems.position))
      .all();
  }
  const stamp = now.toISOString();
  const row = db
    .insert(roadmaps)
    .values({ name: name ?? 'Roadmap', sourcePathId: input.pathId, createdAt: stamp, updatedAt: stamp })
    .returning({ id: roadmaps.id })
    .get();
  if (items.length > 0) db.insert(roadmapItems).values(items.map((item, position) => ({ roadmapId: row.id, position, ...item }))).run();
  ensureActive(db);
  return summary(db, row.id);
}

export function renameRoadmap(db: Db, id: number, name: string, now = new Date()): RoadmapSummary {
  requireRoadmap(db, id);
  db.update(roadmaps).set({ name, updatedAt: now.toISOString() }).where(eq(roadmaps.id, id)).run();
  return summary(db, id);
}

/** A full copy (items, weeks off, plan); the copy is not active and not archived. */
export function duplicateRoadmap(db: Db, id: number, name: string | undefined, now = new Date()): RoadmapSummary {
  const source = requireRoadmap(db, id);
  const stamp = now.toISOString();
  const copy = db
    .insert(roadmaps)
    .values({
      name: name ?? `Copy of ${source.name}`.slice(0, 120),
      sourcePathId: source.sourcePathId,
      hoursPerWeek: source.hoursPerWeek,
      parallel: source.parallel,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning({ id: roadmaps.id })
    .get();
  const items = itemRows(db, id);
  if (items.length > 0) db.insert(roadmapItems).values(items.map(({ id: _id, ...item }) => ({ ...item, roadmapId: copy.id }))).run();
  const weeks = db.select().from(roadmapWeeksOff).where(eq(roadmapWeeksOff.roadmapId, id)).all();
  if (weeks.length > 0) db.insert(roadmapWeeksOff).values(weeks.map(({ id: _id, ...week }) => ({ ...week, roadmapId: copy.id }))).run();
  return summary(db, copy.id);
}

/** Archiving the active roadmap hands "active" to the most recently changed open one. */
export function setArchived(db: Db, id: number, archived: boolean, now = new Date()): RoadmapSummary {
  requireRoadmap(db, id);
  const stamp = now.toISOString();
  db.update(roadmaps)
    .set(archived ? { archivedAt: stamp, active: null, updatedAt: stamp } : { archivedAt: null, updatedAt: stamp })
    .where(eq(roadmaps.id, id))
    .run();
  ensureActive(db);
  return summary(db, id);
}

export function deleteRoadmap(db: Db, id: number): { deleted: boolean } {
  // Items and weeks off go with it (foreign keys cascade).
  const deleted = db.delete(roadmaps).where(eq(roadmaps.id, id)).run().changes > 0;
  if (deleted) ensureActive(db);
  return { deleted };
}

export function setActive(db: Db, id: number): RoadmapSummary {
  const roadmap = requireRoadmap(db, id);
  if (roadmap.archivedAt !== null) {
    const message = `“${roadmap.name}” is archived: restore it before making it active`;
    throw new AppError('CONFLICT', message, [{ path: ['id'], message }]);
  }
  db.update(roadmaps).set({ active: null }).where(eq(roadmaps.active, 1)).run();
  db.update(roadmaps).set({ active: 1 }).where(eq(roadmaps.id, id)).run();
  return summary(db, id);
}

export function setPlan(db: Db, input: z.output<typeof SetPlanInput>, now = new Date()): RoadmapSummary {
  requireRoadmap(db, input.id);
  db.update(roadmaps)
    .set({
      ...(input.hoursPerWeek !== undefined ? { hoursPerWeek: input.hoursPerWeek } : {}),
      ...(input.parallel !== undefined ? { parallel: input.parallel } : {}),
      updatedAt: now.toISOString(),
    })
    .where(eq(roadmaps.id, input.id))
    .run();
  return summary(db, input.id);
}

// ---- items ----

/**
 * Adds a skill at the end; with `withPrerequisites`, first its unmet prerequisites (transitively,
 * each before what needs it), aimed at the level that meets a prerequisite. A prerequisite is met
 * when the user is at that level or marked it done, or when it is already in this roadmap.
 */
export function addItem(db: Db, input: z.output<typeof AddItemInput>, now = new Date()): AddedItems {
  requireRoadmap(db, input.roadmapId, 'roadmapId');
  const skill = requireSkill(db, input.skillId);
  const existing = itemRows(db, input.roadmapId);
  const present = new Set(existing.map((i) => i.skillId));
  if (present.has(skill.id)) {
    const message = `“${skill.name}” is already in this roadmap`;
    throw new AppError('CONFLICT', message, [{ path: ['skillId'], message }]);
  }
  const skills = skillMap(db);
  const prerequisites = input.withPrerequisites
    ? prerequisitesToAdd(skill.id, allEdges(db), (id) => {
        const s = skills.get(id);
        return present.has(id) || (s !== undefined && s.deletedAt === null && prerequisiteMet(s));
      }).filter((id) => skills.get(id)?.deletedAt === null)
    : [];
  const adding = [...prerequisites.map((skillId) => ({ skillId, targetLevel: PROFICIENT_LEVEL })), { skillId: skill.id, targetLevel: input.targetLevel }];
  if (existing.length + adding.length > MAX_ROADMAP_ITEMS) {
    const message = `A roadmap holds at most ${MAX_ROADMAP_ITEMS} items`;
    throw new AppError('CONFLICT', message, [{ path: ['skillId'], message }]);
  }
  const rows = db
    .insert(roadmapItems)
    .values(adding.map((a, i) => ({ roadmapId: input.roadmapId, position: existing.length + i, ...a })))
    .returning()
    .all();
  touch(db, input.roadmapId, now);
  return { items: rows.map((row) => toItem(row, skills)) };
}

export function removeItem(db: Db, id: number, now = new Date()): { removed: boolean } {
  const item = db.select().from(roadmapItems).where(eq(roadmapItems.id, id)).get();
  if (!item) return { removed: false };
  db.delete(roadmapItems).where(eq(roadmapItems.id, id)).run();
  renumber(
    db,
    itemRows(db, item.roadmapId).map((i) => i.id),
  );
  touch(db, item.roadmapId, now);
  return { removed: true };
}

/** The new order must name every item of the roadmap exactly once. */
export function reorderItems(db: Db, roadmapId: number, itemIds: readonly number[], now = new Date()): { itemIds: number[] } {
  requireRoadmap(db, roadmapId, 'roadmapId');
  const current = new Set(itemRows(db, roadmapId).map((i) => i.id));
  const given = new Set(itemIds);
  const problem =
    given.size !== itemIds.length
      ? 'Item ids list an item twice'
      : itemIds.find((id) => !current.has(id)) !== undefined
        ? `Item ${itemIds.find((id) => !current.has(id))} is not in this roadmap`
        : given.size !== current.size
          ? `Item ids must list all ${current.size} items of the roadmap (got ${given.size})`
          : null;
  if (problem) throw new AppError('VALIDATION', `itemIds: ${problem}`, [{ path: ['itemIds'], message: problem }]);
  renumber(db, itemIds);
  touch(db, roadmapId, now);
  return { itemIds: [...itemIds] };
}

export function updateItem(db: Db, input: z.output<typeof UpdateItemInput>, now = new Date()): RoadmapItem {
  const before = requireItem(db, input.id);
  const { id, ...changes } = input;
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  db.update(roadmapItems).set(set).where(eq(roadmapItems.id, id)).run();
  touch(db, before.roadmapId, now);
  return toItem(requireItem(db, id), skillMap(db));
}

// ---- weeks off ----

export function addWeekOff(db: Db, input: z.output<typeof AddWeekOffInput>, now = new Date()) {
  requireRoadmap(db, input.roadmapId, 'roadmapId');
  const row = db
    .insert(roadmapWeeksOff)
    .values({ roadmapId: input.roadmapId, start: input.start, end: input.end, label: input.label })
    .returning({ id: roadmapWeeksOff.id, start: roadmapWeeksOff.start, end: roadmapWeeksOff.end, label: roadmapWeeksOff.label })
    .get();
  touch(db, input.roadmapId, now);
  return row;
}

export function removeWeekOff(db: Db, id: number, now = new Date()): { removed: boolean } {
  const row = db.select().from(roadmapWeeksOff).where(eq(roadmapWeeksOff.id, id)).get();
  if (!row) return { removed: false };
  db.delete(roadmapWeeksOff).where(eq(roadmapWeeksOff.id, id)).run();
  touch(db, row.roadmapId, now);
  return { removed: true };
}

// ---- the view: the roadmap with its schedule ----

/** Hours studied in each of the four full ISO weeks (Monday to Sunday) before this one, oldest first. */
export function recentWeeklyHours(db: Db, today: string): number[] {
  const thisWeek = startOfISOWeek(toDate(today));
  const weeks = [4, 3, 2, 1].map((k) => toIso(subWeeks(thisWeek, k)));
  const from = weeks[0] ?? today;
  const until = toIso(addDays(thisWeek, -1));
  const minutes = weeks.map(() => 0);
  for (const e of effectiveEvents(allEvents(db))) {
    if (e.kind !== 'study' || !e.minutes || e.date < from || e.date > until) continue;
    const week = toIso(startOfISOWeek(toDate(e.date)));
    const index = weeks.indexOf(week);
    if (index >= 0) minutes[index] = (minutes[index] ?? 0) + e.minutes;
  }
  return minutes.map((m) => Math.round((m / 60) * 100) / 100);
}

/** What the scheduler is given for one roadmap, and the weeks off and hours it came from. */
function scheduleParts(db: Db, roadmap: RoadmapSummary, items: readonly RoadmapItem[], skills: ReadonlyMap<string, SkillRecord>, today: string) {
  const weeksOff = db
    .select({ id: roadmapWeeksOff.id, start: roadmapWeeksOff.start, end: roadmapWeeksOff.end, label: roadmapWeeksOff.label })
    .from(roadmapWeeksOff)
    .where(eq(roadmapWeeksOff.roadmapId, roadmap.id))
    .orderBy(asc(roadmapWeeksOff.start), asc(roadmapWeeksOff.id))
    .all();
  const profileHours = db.select({ hours: profile.hoursPerWeek }).from(profile).where(eq(profile.id, 1)).get()?.hours ?? 0;
  const hoursPerWeek = roadmap.hoursPerWeek ?? profileHours;
  const skillIds = [...new Set(items.map((i) => i.skillId))];
  // A certification goal tied to a skill is paced to proficient, as its hours left are (services/goals.ts).
  const skillGoals = skillIds.length
    ? db
        .select({ goalId: goals.id, kind: goals.kind, skillId: goals.skillId, targetLevel: goals.targetLevel, dueDate: goals.dueDate })
        .from(goals)
        .where(and(inArray(goals.kind, ['skill-level', 'certification']), isNull(goals.deletedAt), isNull(goals.completedAt), inArray(goals.skillId, skillIds)))
        .orderBy(asc(goals.dueDate), asc(goals.id))
        .all()
    : [];
  const weekly = recentWeeklyHours(db, today);
  // The contract's copy of ScheduleInput: the compiler checks the two agree where it is passed on.
  const input: RoadmapScheduleInput = {
    items: items.map((i) => ({
      id: i.id,
      skillId: i.skillId,
      targetLevel: i.targetLevel,
      position: i.position,
      hoursOverride: i.hoursOverride,
      pinnedStart: i.pinnedStart,
      status: i.status,
    })),
    skills: skillIds.flatMap((sid) => {
      const s = skills.get(sid);
      return s ? [{ id: s.id, name: s.name, estimatedHours: s.estimatedHours, level: s.level, hoursLogged: s.minutesLogged / 60 }] : [];
    }),
    edges: allEdges(db).map(({ from, to, kind, custom }) => ({ from, to, kind, custom })),
    hoursPerWeek,
    startDate: today,
    weeksOff: weeksOff.map(({ start, end }) => ({ start, end })),
    parallel: roadmap.parallel,
    goals: skillGoals.flatMap((g) => {
      const targetLevel = g.kind === 'certification' ? PROFICIENT_LEVEL : g.targetLevel;
      return g.skillId !== null && targetLevel !== null ? [{ goalId: g.goalId, skillId: g.skillId, targetLevel, dueDate: g.dueDate }] : [];
    }),
    recentWeeklyHours: weekly,
  };
  return { weeksOff, hoursPerWeek, weekly, input };
}

/** A roadmap's view and the schedule in it, scheduled once for every caller that needs either. */
function scheduledView(db: Db, id: number, skills: ReadonlyMap<string, SkillRecord>, today: string): { view: RoadmapView; active: ActiveSchedule } {
  const roadmap = summary(db, id);
  const items = itemRows(db, id).map((row) => toItem(row, skills));
  const { weeksOff, hoursPerWeek, weekly, input } = scheduleParts(db, roadmap, items, skills, today);
  const result = scheduleRoadmap(input);
  const view: RoadmapView = {
    roadmap,
    items,
    weeksOff,
    hoursPerWeek,
    hoursPerWeekFrom: roadmap.hoursPerWeek === null ? 'profile' : 'roadmap',
    recentWeeklyHours: weekly,
    today,
    scheduleInput: input,
    schedule: result,
  };
  return { view, active: { roadmap, items, input, result } };
}

export function getRoadmap(db: Db, id: number, today: string): RoadmapView {
  return scheduledView(db, id, skillMap(db), today).view;
}

/** The active roadmap with its items and schedule, for the goals' tracks and the dashboard; null when no roadmap is active. */
export interface ActiveSchedule {
  roadmap: RoadmapSummary;
  items: RoadmapItem[];
  input: ScheduleInput;
  result: ScheduleResult;
}

const activeRoadmapId = (db: Db) =>
  db
    .select({ id: roadmaps.id })
    .from(roadmaps)
    .where(and(eq(roadmaps.active, 1), isNull(roadmaps.archivedAt)))
    .get()?.id;

/** `records`: the skills, when the caller has read them already (the dashboard reads them once for all its parts). */
export function activeSchedule(db: Db, today: string, records?: readonly SkillRecord[]): ActiveSchedule | null {
  return activeRoadmap(db, today, records)?.active ?? null;
}

/** The active roadmap's view (the Roadmap screen's) and its schedule for other readers, from one scheduling; null when none is active. */
export function activeRoadmap(db: Db, today: string, records?: readonly SkillRecord[]): { view: RoadmapView; active: ActiveSchedule } | null {
  const id = activeRoadmapId(db);
  if (id === undefined) return null;
  return scheduledView(db, id, records ? new Map(records.map((s) => [s.id, s])) : skillMap(db), today);
}

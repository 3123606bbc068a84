import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Bundled learning paths (catalog_roadmap_*) are replaced whole when resources/data/roadmap-paths.json
 * changes version, like the skill catalog. A roadmap started from a path is the user's own copy:
 * it keeps only the path's id as a note of where it came from (no foreign key), so a new app
 * version never changes it.
 */

export const catalogRoadmapPaths = sqliteTable('catalog_roadmap_paths', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
});

export const catalogRoadmapPathItems = sqliteTable(
  'catalog_roadmap_path_items',
  {
    pathId: text('path_id').notNull(),
    position: integer('position').notNull(),
    skillId: text('skill_id').notNull(),
    targetLevel: integer('target_level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pathId, t.position] })],
);

export const roadmaps = sqliteTable(
  'roadmaps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The bundled path it was copied from, if any; only informative. */
    sourcePathId: text('source_path_id'),
    /** null: the profile's learning hours per week. */
    hoursPerWeek: real('hours_per_week'),
    /** How many items may run at once; the week's hours are split between them. */
    parallel: integer('parallel').notNull().default(1),
    /** 1 on the one active roadmap, NULL on the others (the partial unique index allows one 1). */
    active: integer('active'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('roadmaps_one_active').on(t.active).where(sql`${t.active} = 1`),
    check('roadmaps_parallel', sql`${t.parallel} BETWEEN 1 AND 10`),
    check('roadmaps_hours', sql`${t.hoursPerWeek} IS NULL OR ${t.hoursPerWeek} BETWEEN 0 AND 80`),
    check('roadmaps_active', sql`${t.active} IS NULL OR ${t.active} = 1`),
  ],
);

export const roadmapItems = sqliteTable(
  'roadmap_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roadmapId: integer('roadmap_id')
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    /** A catalog or custom skill's slug (no foreign key: the catalog is reloaded whole). */
    skillId: text('skill_id').notNull(),
    targetLevel: integer('target_level').notNull(),
    /** The user's order, 0-based and gap-free within a roadmap. */
    position: integer('position').notNull(),
    hoursOverride: real('hours_override'),
    pinnedStart: text('pinned_start'),
    status: text('status').notNull().default('planned'),
  },
  (t) => [
    uniqueIndex('roadmap_items_skill').on(t.roadmapId, t.skillId),
    index('roadmap_items_position').on(t.roadmapId, t.position),
    check('roadmap_items_target', sql`${t.targetLevel} BETWEEN 1 AND 5`),
    check('roadmap_items_status', sql`${t.status} IN ('planned', 'done', 'skipped')`),
    check('roadmap_items_hours', sql`${t.hoursOverride} IS NULL OR ${t.hoursOverride} >= 0`),
  ],
);

export const roadmapWeeksOff = sqliteTable(
  'roadmap_weeks_off',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roadmapId: integer('roadmap_id')
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    /** First and last day off, inclusive (yyyy-MM-dd). */
    start: text('start').notNull(),
    end: text('end').notNull(),
    label: text('label').notNull(),
  },
  (t) => [index('roadmap_weeks_off_roadmap').on(t.roadmapId, t.start), check('roadmap_weeks_off_range', sql`${t.start} <= ${t.end}`)],
);

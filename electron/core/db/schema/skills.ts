import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Two kinds of table. catalog_* hold the bundled catalog and are replaced whole when its version
 * changes. Everything else is the user's and refers to skills by their stable slug only (no
 * foreign key into the catalog), so reloading the catalog never touches progress, custom
 * skills or edges, edited estimates, own resources or notes.
 */

export const catalogMeta = sqliteTable('catalog_meta', {
  id: text('id').primaryKey(),
  version: integer('version').notNull(),
  loadedAt: text('loaded_at').notNull(),
});

export const catalogSkills = sqliteTable('catalog_skills', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  description: text('description').notNull(),
  estimatedHours: real('estimated_hours').notNull(),
  position: integer('position').notNull(),
});

export const catalogEdges = sqliteTable(
  'catalog_edges',
  {
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] })],
);

export const catalogResources = sqliteTable(
  'catalog_resources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skillId: text('skill_id').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
  },
  (t) => [index('catalog_resources_skill').on(t.skillId)],
);

export const customSkills = sqliteTable('custom_skills', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  description: text('description').notNull(),
  estimatedHours: real('estimated_hours').notNull(),
  createdAt: text('created_at').notNull(),
  /** Soft delete: the study log and goals keep pointing at the id, so the row stays. */
  deletedAt: text('deleted_at'),
});

export const customEdges = sqliteTable(
  'custom_edges',
  {
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
    kind: text('kind').notNull(),
    createdAt: text('created_at').notNull(),
    /** Set when a catalog update (or restoring a skill) made this edge close a cycle or lose an end; the edge then counts nowhere. */
    disabledReason: text('disabled_reason'),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] })],
);

export const skillEstimates = sqliteTable('skill_estimates', {
  skillId: text('skill_id').primaryKey(),
  estimatedHours: real('estimated_hours').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const userResources = sqliteTable(
  'user_resources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skillId: text('skill_id').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('user_resources_skill').on(t.skillId)],
);

export const skillNotes = sqliteTable('skill_notes', {
  skillId: text('skill_id').primaryKey(),
  body: text('body').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const skillProgress = sqliteTable(
  'skill_progress',
  {
    skillId: text('skill_id').primaryKey(),
    level: integer('level').notNull(),
    targetLevel: integer('target_level').notNull(),
    status: text('status').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('skill_progress_level', sql`${t.level} BETWEEN 0 AND 5`),
    check('skill_progress_target', sql`${t.targetLevel} BETWEEN 0 AND 5`),
  ],
);

/** Append-only: rows are inserted, never updated or deleted (corrections are rows too). */
export const progressEvents = sqliteTable(
  'progress_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skillId: text('skill_id').notNull(),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    minutes: integer('minutes'),
    note: text('note').notNull(),
    levelFrom: integer('level_from'),
    levelTo: integer('level_to'),
    statusFrom: text('status_from'),
    statusTo: text('status_to'),
    supersedes: integer('supersedes'),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    index('progress_events_skill').on(t.skillId, t.date),
    index('progress_events_date').on(t.date),
    check('progress_events_minutes', sql`${t.minutes} IS NULL OR ${t.minutes} BETWEEN 1 AND 1440`),
  ],
);

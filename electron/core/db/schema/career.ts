import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * The career ladder. catalog_ladder_* hold the bundled defaults (resources/data/career-ladder.json)
 * and are replaced whole when its version changes, like the skill catalog. ladder_overrides are
 * the user's edits, one row per level and value, keyed by ids only (no foreign key into the
 * catalog tables): reloading the defaults never touches them, and deleting a row is "reset to
 * default" for that one value.
 */

export const catalogLadderTracks = sqliteTable('catalog_ladder_tracks', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The occupation (SOC code) the track is priced from. */
  occupationCode: text('occupation_code').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
});

export const catalogLadderLevels = sqliteTable(
  'catalog_ladder_levels',
  {
    trackId: text('track_id').notNull(),
    levelId: text('level_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    /** Null on a track's top level. */
    typicalYears: real('typical_years'),
    typicalYearsWhy: text('typical_years_why').notNull(),
    bandPercentile: real('band_percentile').notNull(),
    bandPercentileWhy: text('band_percentile_why').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trackId, t.levelId] })],
);

export const catalogLadderSkills = sqliteTable(
  'catalog_ladder_skills',
  {
    trackId: text('track_id').notNull(),
    levelId: text('level_id').notNull(),
    skillId: text('skill_id').notNull(),
    minLevel: integer('min_level').notNull(),
    why: text('why').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trackId, t.levelId, t.skillId] })],
);

export const ladderOverrides = sqliteTable(
  'ladder_overrides',
  {
    trackId: text('track_id').notNull(),
    levelId: text('level_id').notNull(),
    /** 'typicalYears', 'bandPercentile' or 'skill:<skill id>' (value 0: the level does not expect it). */
    field: text('field').notNull(),
    value: real('value').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.trackId, t.levelId, t.field] }),
    check('ladder_overrides_field', sql`${t.field} IN ('typicalYears', 'bandPercentile') OR ${t.field} LIKE 'skill:%'`),
  ],
);

/** Named projection scenarios: their parameters as JSON, checked with ScenarioParams on the way in and out. */
export const scenarios = sqliteTable(
  'scenarios',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    params: text('params').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('scenarios_params_json', sql`json_valid(${t.params})`)],
);

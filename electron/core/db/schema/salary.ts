import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * `id` is the internal key every band and record carries (an integer keeps their indexes small);
 * `key` is the public id the contract uses: a slug for bundled datasets, `user-<uuid>` for imports.
 * `status`: an import writes its rows under "importing" in short transactions and flips the
 * dataset to "ready" in its last one; a deletion marks it "deleting" and purges the rows in the
 * background. Queries only ever see "ready"; start-up purges whatever else is left.
 */
export const salaryDatasets = sqliteTable('salary_datasets', {
  id: integer('id').primaryKey(),
  key: text('key').notNull().unique(),
  status: text('status', { enum: ['importing', 'ready', 'deleting'] }).notNull().default('ready'),
  name: text('name').notNull(),
  publisher: text('publisher').notNull(),
  license: text('license').notNull(),
  source: text('source').notNull(),
  year: integer('year'),
  /** Bumped when a bundled dataset's rows change; seeding reloads a dataset whose version differs. */
  version: integer('version').notNull(),
  builtin: integer('builtin', { mode: 'boolean' }).notNull(),
  standing: text('standing').notNull(),
  provenance: text('provenance').notNull(),
  loadedAt: text('loaded_at').notNull(),
});

/**
 * Published pay distributions: one row per dataset, occupation and area (and level, where a
 * dataset has levels). Percentiles are null where the publisher did not publish them;
 * range_low/range_high hold claims that come as a plain range (the article's cities).
 */
export const salaryBands = sqliteTable(
  'salary_bands',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => salaryDatasets.id, { onDelete: 'cascade' }),
    year: integer('year'),
    occupationCode: text('occupation_code').notNull(),
    occupationTitle: text('occupation_title').notNull(),
    areaCode: text('area_code').notNull(),
    areaName: text('area_name').notNull(),
    areaType: text('area_type').notNull(),
    state: text('state').notNull(),
    level: text('level'),
    employment: integer('employment'),
    p10: integer('p10'),
    p25: integer('p25'),
    p50: integer('p50'),
    p75: integer('p75'),
    p90: integer('p90'),
    mean: integer('mean'),
    rangeLow: integer('range_low'),
    rangeHigh: integer('range_high'),
    currency: text('currency').notNull(),
    note: text('note'),
  },
  (t) => [
    index('salary_bands_lookup').on(t.datasetId, t.occupationCode, t.areaCode),
    index('salary_bands_area').on(t.areaCode),
  ],
);

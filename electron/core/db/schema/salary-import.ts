import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { salaryDatasets } from './salary';

/** Where a user dataset came from: one row per import, deleted with its dataset. */
export const salaryImports = sqliteTable(
  'salary_imports',
  {
    datasetId: integer('dataset_id')
      .primaryKey()
      .references(() => salaryDatasets.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes: a second import of the same file is refused unless asked for. */
    fileSha256: text('file_sha256').notNull(),
    importedAt: text('imported_at').notNull(),
    rowCount: integer('row_count').notNull(),
    titleCount: integer('title_count').notNull(),
    areaCount: integer('area_count').notNull(),
    note: text('note').notNull(),
    encoding: text('encoding').notNull(),
    delimiter: text('delimiter').notNull(),
    /** The column mapping used, as JSON (field → 0-based column index in the file). */
    mapping: text('mapping').notNull(),
  },
  (t) => [index('salary_imports_sha').on(t.fileSha256)],
);

/**
 * Single pay observations the user imported. `total` is the given total, or base + bonus +
 * equity. One index serves every percentile: ordered by (dataset, total) and covering the four
 * grouping columns, so the percentiles of the whole dataset read two entries per percentile
 * (ORDER BY total LIMIT 2 OFFSET k walks it without sorting) and grouped percentiles are one
 * ordered pass over it, each group's values arriving already sorted.
 */
export const salaryRecords = sqliteTable(
  'salary_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => salaryDatasets.id, { onDelete: 'cascade' }),
    /** The row's number in the file (header = row 1), so a figure can point back to its line. */
    rowNumber: integer('row_number').notNull(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    area: text('area').notNull(),
    year: integer('year'),
    base: real('base'),
    bonus: real('bonus'),
    equity: real('equity'),
    total: real('total').notNull(),
    yearsExperience: real('years_experience'),
    date: text('date'),
    currency: text('currency').notNull(),
    note: text('note'),
  },
  (t) => [index('salary_records_pay').on(t.datasetId, t.total, t.area, t.level, t.title, t.year)],
);

/** Column mappings the user chose, remembered per header signature (the normalised header row). */
export const importMappings = sqliteTable('import_mappings', {
  headerSignature: text('header_signature').primaryKey(),
  mapping: text('mapping').notNull(),
  updatedAt: text('updated_at').notNull(),
});

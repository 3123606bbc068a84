import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { salaryDatasets } from './salary';

/** Where a user dataset came from: one row per import, deleted with its dataset. */
export const salaryImports = sqliteTable(
  'salary_imports',
  {
    datasetId: text('dataset_id')
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
    /** The column mapping used, as JSON (field → header name). */
    mapping: text('mapping').notNull(),
  },
  (t) => [index('salary_imports_sha').on(t.fileSha256)],
);

/**
 * Single pay observations the user imported. `total` is the given total, or base + bonus +
 * equity: percentiles are taken over it, so each grouping has an index ending in `total`
 * (ORDER BY total LIMIT 1 OFFSET k walks the index instead of sorting).
 */
export const salaryRecords = sqliteTable(
  'salary_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    datasetId: text('dataset_id')
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
  (t) => [
    index('salary_records_total').on(t.datasetId, t.total),
    index('salary_records_area').on(t.datasetId, t.area, t.total),
    index('salary_records_level').on(t.datasetId, t.level, t.total),
    index('salary_records_title').on(t.datasetId, t.title, t.total),
    index('salary_records_year').on(t.datasetId, t.year, t.total),
  ],
);

/** Column mappings the user chose, remembered per header signature (the normalised header row). */
export const importMappings = sqliteTable('import_mappings', {
  headerSignature: text('header_signature').primaryKey(),
  mapping: text('mapping').notNull(),
  updatedAt: text('updated_at').notNull(),
});

import { z } from 'zod';

/** The fields a column of an imported file can be mapped to. */
export const IMPORT_FIELDS = [
  'title',
  'level',
  'area',
  'base',
  'bonus',
  'equity',
  'total',
  'yearsExperience',
  'date',
  'currency',
  'note',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  title: 'Title / occupation',
  level: 'Level',
  area: 'Area',
  base: 'Base pay',
  bonus: 'Bonus',
  equity: 'Equity',
  total: 'Total pay',
  yearsExperience: 'Years of experience',
  date: 'Date',
  currency: 'Currency',
  note: 'Note',
};

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const Delimiter = z.enum(DELIMITERS);
export type Delimiter = z.infer<typeof Delimiter>;

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export const Encoding = z.enum(ENCODINGS);
export type Encoding = z.infer<typeof Encoding>;

/** Field → 0-based column index of the file; unmapped fields are absent. */
export const ColumnMapping = z
  .partialRecord(ImportField, z.number().int().min(0))
  .refine((m) => m.base !== undefined || m.total !== undefined, {
    message: 'Map a column to base pay or to total pay: percentiles need one of them',
    path: ['base'],
  });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const FileToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Not a file token');

export const PickedFile = z.object({ token: FileToken, fileName: z.string() });
export type PickedFile = z.infer<typeof PickedFile>;

export const ImportPreview = z.object({
  token: FileToken,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  encoding: Encoding,
  delimiter: Delimiter,
  header: z.array(z.string()),
  /** The first rows after the header, as the file has them. */
  rows: z.array(z.array(z.string())),
  headerSignature: z.string(),
  /** The remembered mapping for this header, or one guessed from the header names. */
  mapping: z.partialRecord(ImportField, z.number().int().min(0)),
  mappingRemembered: z.boolean(),
  /** A user dataset already made from a file with the same bytes, if any. */
  duplicateOf: z.object({ id: z.string(), name: z.string(), importedAt: z.string() }).nullable(),
  /** What the user should look at before importing, e.g. columns whose names read the same. */
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportRequest = z.object({
  token: FileToken,
  name: z.string().trim().min(1, 'Give the dataset a name').max(120, 'The name must be at most 120 characters'),
  note: z.string().max(2000, 'The note must be at most 2,000 characters').default(''),
  encoding: Encoding,
  delimiter: Delimiter,
  mapping: ColumnMapping,
  /** Currency for rows without a currency column or cell. */
  defaultCurrency: z.string().regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as USD').default('USD'),
  /** Import a file whose bytes match an earlier import anyway. */
  allowDuplicate: z.boolean().default(false),
});
export type ImportRequest = z.input<typeof ImportRequest>;

export const ImportResult = z.object({
  datasetId: z.string(),
  name: z.string(),
  rowCount: z.number().int(),
  seconds: z.number(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * An import's steps, in order: reading and checking the rows (`importing`), sorting them in the
 * pay index's order (`sorting`), saving them (`committing`); then how it ended.
 */
export const IMPORT_PHASES = ['importing', 'sorting', 'committing', 'done', 'failed', 'cancelled'] as const;

export const ImportProgress = z.object({
  token: FileToken,
  phase: z.enum(IMPORT_PHASES),
  /** Rows read and checked so far (all of them once the reading is done). */
  rows: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  rowsPerSecond: z.number(),
  /** How far the current step is, out of `phaseTotal`: bytes read, sort steps, rows saved. */
  phaseDone: z.number().int(),
  phaseTotal: z.number().int(),
  /** Seconds since the import began. */
  seconds: z.number(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/**
 * Each step's share of an import's time, for one bar over the whole import (measured on generated
 * files: reading and checking takes about half, sorting a fifth, saving the rest).
 */
const PHASE_SHARE = { importing: 0.5, sorting: 0.2, committing: 0.3 } as const;

/** How far the whole import is, 0 to 1: the steps before the current one, and the current one's part. */
export function importFraction(p: Pick<ImportProgress, 'phase' | 'phaseDone' | 'phaseTotal'>): number {
  if (p.phase === 'done') return 1;
  if (p.phase === 'failed' || p.phase === 'cancelled') return 0;
  const steps = ['importing', 'sorting', 'committing'] as const;
  const index = steps.indexOf(p.phase);
  const before = steps.slice(0, index).reduce((sum, step) => sum + PHASE_SHARE[step], 0);
  const part = p.phaseTotal > 0 ? Math.min(1, Math.max(0, p.phaseDone / p.phaseTotal)) : 0;
  return before + PHASE_SHARE[p.phase] * part;
}

/** Errors listed in a rejected import; the rest are only counted (each quotes at most ~80 characters of a cell). */
export const MAX_LISTED_ERRORS = 50;

/** Normalised header names joined: the key a mapping is remembered by. */
export function headerSignature(header: readonly string[]): string {
  return header.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u001f');
}

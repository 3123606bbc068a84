import { eq } from 'drizzle-orm';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@shared/domain/salary-import';
import type { Sqlite } from '../../db/open';
import { importMappings } from '../../db/schema';
import type { Db } from '../../db/store';

type Mapping = Partial<Record<ImportField, number>>;

/** The mapping last used for this header, if it still fits the header's width. */
export function rememberedMapping(db: Db, signature: string, columns: number): Mapping | null {
  const row = db.select().from(importMappings).where(eq(importMappings.headerSignature, signature)).get();
  if (!row) return null;
  const stored: unknown = JSON.parse(row.mapping);
  if (typeof stored !== 'object' || stored === null) return null;
  const mapping: Mapping = {};
  for (const field of IMPORT_FIELDS) {
    const index = (stored as Record<string, unknown>)[field];
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < columns) mapping[field] = index;
  }
  return mapping;
}

/** Runs inside the import's transaction, so a failed import does not remember its mapping. */
export function rememberMapping(sqlite: Sqlite, signature: string, mapping: ColumnMapping, now: Date): void {
  sqlite
    .prepare(
      `INSERT INTO import_mappings (header_signature, mapping, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (header_signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
    )
    .run(signature, JSON.stringify(mapping), now.toISOString());
}

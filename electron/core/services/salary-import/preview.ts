import Papa from 'papaparse';
import { open } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import {
  DELIMITERS,
  headerSignature,
  type Delimiter,
  type ImportPreview,
} from '@shared/domain/salary-import';
import { binaryFileKind } from '@shared/domain/binary-file';
import { guessMapping } from '@shared/domain/salary-import-guess';
import { describeLookAlikeColumns, describeSameNamedColumns, lookAlikeColumns, sameNamedColumns } from '@shared/domain/salary-import-header';
import { clip } from '@shared/domain/quote';
import { AppError } from '@shared/ipc/result';
import type { Db } from '../../db/store';
import type { FileInbox } from '../../files';
import { SAMPLE_BYTES, decodeSample, detectEncoding } from './decode';
import { rememberedMapping } from './mappings';

const PREVIEW_ROWS = 20;
/** A preview cell is for recognising the column: a megabyte cell is shown by its start and length. */
const PREVIEW_CELL_CHARS = 200;
const shown = (cell: string) => clip(cell, PREVIEW_CELL_CHARS);

async function readSample(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Guesses the delimiter from the first lines; a file with one column has none to find. */
export function detectDelimiter(text: string): Delimiter {
  const parsed = Papa.parse<string[]>(text, { preview: PREVIEW_ROWS + 1, delimitersToGuess: [...DELIMITERS] });
  const found = DELIMITERS.find((d) => d === parsed.meta.delimiter);
  return found ?? ',';
}

interface DuplicateRow {
  id: string;
  name: string;
  importedAt: string;
}

export function findDuplicate(db: Db, sha256: string): DuplicateRow | null {
  return (
    db.all<DuplicateRow>(sql`
      SELECT d.key AS id, d.name, i.imported_at AS importedAt
      FROM salary_imports i JOIN salary_datasets d ON d.id = i.dataset_id
      WHERE i.file_sha256 = ${sha256} AND d.status = 'ready' ORDER BY i.imported_at LIMIT 1`)[0] ?? null
  );
}

/**
 * What the import dialog shows before anything is written: encoding, delimiter, header, rows.
 * A file refused here is let go at once: an uploaded copy is deleted.
 */
export async function previewImport(db: Db, inbox: FileInbox, token: string): Promise<ImportPreview> {
  try {
    return await readPreview(db, inbox, token);
  } catch (error) {
    inbox.release(token);
    throw error;
  }
}

async function readPreview(db: Db, inbox: FileInbox, token: string): Promise<ImportPreview> {
  const file = inbox.get(token);
  const sample = await readSample(file.path);
  const binary = binaryFileKind(sample);
  if (binary) {
    throw new AppError('VALIDATION', `${file.fileName} is not a text file: it looks like ${binary}. Choose a CSV file (text, a header row, one row per line).`);
  }
  const encoding = detectEncoding(sample);
  const text = decodeSample(sample, encoding);
  if (text.trim() === '') throw new AppError('VALIDATION', `${file.fileName} is empty: a CSV file needs a header row and data rows.`);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { preview: PREVIEW_ROWS + 1, delimiter, skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const sameNamed = sameNamedColumns(header);
  if (sameNamed) throw new AppError('VALIDATION', describeSameNamedColumns(file.fileName, header, sameNamed));
  const signature = headerSignature(header);
  const remembered = rememberedMapping(db, signature, header.length);
  const sha256 = await inbox.sha256(token);
  return {
    token,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    encoding,
    delimiter,
    header: header.map(shown),
    rows: rows.map((row) => row.map(shown)),
    headerSignature: signature,
    mapping: remembered ?? guessMapping(header),
    mappingRemembered: remembered !== null,
    duplicateOf: findDuplicate(db, sha256),
    warnings: lookAlikeColumns(header).map((pair) => describeLookAlikeColumns(header, pair)),
  };
}

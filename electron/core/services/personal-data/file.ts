import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { countSections, type ImportMode, type PersonalDataImportResult, type SectionCounts } from '@shared/domain/personal-data';
import { AppError } from '@shared/ipc/result';
import { openConnection, type NativeOptions, type Sqlite } from '../../db/open';
import { applyPersonalData } from './apply';
import { parsePersonalData } from './parse';
import { readPersonalData, type ExportMeta } from './read';
import { checkSkillReferences } from './references';

/** Writes the export beside `outFile` and renames it into place: a crash never leaves half a file under the name. */
export function exportPersonalDataToFile(sqlite: Sqlite, outFile: string, meta: ExportMeta): SectionCounts {
  const data = readPersonalData(sqlite, meta);
  const partial = `${outFile}.partial`;
  try {
    writeFileSync(partial, JSON.stringify(data), { encoding: 'utf8', mode: 0o600 });
    renameSync(partial, outFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return countSections(data);
}

export interface FilePreview {
  exportedAt: string;
  appVersion: string;
  counts: SectionCounts;
}

function readChecked(filePath: string, fileName: string) {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION', `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parsePersonalData(text, fileName);
}

/** Checks the file (schema, version, skills it names) and counts what it holds; writes nothing. */
export function previewPersonalDataFile(sqlite: Sqlite, filePath: string, fileName: string): FilePreview {
  const file = readChecked(filePath, fileName);
  const existingCustom = sqlite.prepare('SELECT id FROM custom_skills').pluck().all() as string[];
  const unknown = checkSkillReferences(sqlite, file, existingCustom);
  if (unknown.length > 0) {
    const ids = [...new Set(unknown.map((u) => u.skillId))];
    throw new AppError(
      'VALIDATION',
      `${fileName} refers to skills this version of the catalog does not have: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''} (first at ${unknown[0]?.where}).`,
      unknown.slice(0, 20).map((u) => ({ path: u.path, message: `${u.where}: unknown skill "${u.skillId}"` })),
    );
  }
  return { exportedAt: file.exportedAt, appVersion: file.appVersion, counts: countSections(file) };
}

/** Reads, checks and applies a file on an open connection, in one transaction. */
export function importPersonalDataFromFile(sqlite: Sqlite, filePath: string, fileName: string, mode: ImportMode, now: Date): PersonalDataImportResult {
  return applyPersonalData(sqlite, readChecked(filePath, fileName), mode, now);
}

export interface ImportFileOptions extends NativeOptions {
  /** The app's database (already created and migrated by the app). */
  dbFile: string;
  /** The personal data JSON file. */
  filePath: string;
  mode: ImportMode;
  now?: Date;
}

/**
 * The JSON import for a plain Node script (crash tests, tools): opens its own connection to the
 * database, applies the file in ONE transaction and closes. Throws AppError on a refused file.
 */
export function importPersonalDataFile(options: ImportFileOptions): PersonalDataImportResult {
  const sqlite = openConnection(options.dbFile, { nativeBinding: options.nativeBinding }, { busyTimeoutMs: 10_000 });
  try {
    return importPersonalDataFromFile(sqlite, options.filePath, options.filePath.split(/[\\/]/).pop() ?? 'file', options.mode, options.now ?? new Date());
  } finally {
    sqlite.close();
  }
}

import { PERSONAL_DATA_FORMAT, PERSONAL_DATA_VERSION, PersonalDataFile, formatIssuePath, quoteValue } from '@shared/domain/personal-data';
import { AppError, type FieldIssue } from '@shared/ipc/result';

/** More than this many problems are summed up as "and N more": the message stays small. */
const MAX_LISTED_ISSUES = 20;

function valueAt(root: unknown, path: readonly (string | number)[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * Checks a personal data file's text against the file schema. A problem names where it is
 * (`goals[3].dueDate: …`) and quotes at most ~80 characters of the bad value; a file from a newer
 * version of the app is refused with a message saying so, before anything else is checked.
 */
export function parsePersonalData(text: string, fileName = 'The file'): PersonalDataFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new AppError('VALIDATION', `${fileName} is not valid JSON (${quoteValue(error instanceof Error ? error.message : String(error), 120).slice(1, -1)}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== PERSONAL_DATA_FORMAT) {
    throw new AppError('VALIDATION', `${fileName} is not a Trajectory personal data file (it has no "format": "${PERSONAL_DATA_FORMAT}").`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > PERSONAL_DATA_VERSION) {
    throw new AppError(
      'VALIDATION',
      `${fileName} was written by a newer version of Trajectory (file version ${version}; this version reads up to ${PERSONAL_DATA_VERSION}). Update Trajectory to import it.`,
    );
  }
  const parsed = PersonalDataFile.safeParse(raw);
  if (parsed.success) return parsed.data;

  const issues: FieldIssue[] = parsed.error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const at = valueAt(raw, path);
    const quoted = at.found && (typeof at.value !== 'object' || at.value === null) ? ` (found ${quoteValue(at.value)})` : '';
    return { path, message: `${formatIssuePath(path) || 'file'}: ${issue.message}${quoted}` };
  });
  const more = parsed.error.issues.length - issues.length;
  const message = `${fileName} cannot be imported: ${issues.map((i) => i.message).join('; ')}${more > 0 ? `; and ${more} more problems` : ''}.`;
  throw new AppError('VALIDATION', message, issues);
}

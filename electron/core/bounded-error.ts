import { clip } from '@shared/domain/quote';
import type { AppErrorShape, FieldIssue } from '@shared/ipc/result';

/** An error's message; the services write a sentence or two, so only a runaway one is cut. */
export const MAX_ERROR_MESSAGE_CHARS = 1_000;
const MAX_ISSUE_MESSAGE_CHARS = 300;
/** Segments of a path kept at each end: a value nested 10,000 deep has a path 10,000 long. */
const PATH_ENDS = 5;
/** A key's name in a path: room for one the services already shortened (quote.ts) and its length note. */
const PATH_SEGMENT_CHARS = 128;
/** The issues of one envelope add up to at most this much JSON; the rest are only counted. */
export const ISSUES_BUDGET_CHARS = 12_000;

function boundPath(path: FieldIssue['path']): FieldIssue['path'] {
  const kept =
    path.length <= 2 * PATH_ENDS + 1
      ? path
      : [...path.slice(0, PATH_ENDS), `…${(path.length - 2 * PATH_ENDS).toLocaleString('en-US')} levels…`, ...path.slice(-PATH_ENDS)];
  return kept.map((segment) => (typeof segment === 'string' ? clip(segment, PATH_SEGMENT_CHARS) : segment));
}

function boundIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const kept: FieldIssue[] = [];
  let used = 0;
  for (const issue of issues) {
    const bounded = { path: boundPath(issue.path), message: clip(issue.message, MAX_ISSUE_MESSAGE_CHARS) };
    used += JSON.stringify(bounded).length + 1;
    if (used > ISSUES_BUDGET_CHARS) break;
    kept.push(bounded);
  }
  const rest = issues.length - kept.length;
  if (rest > 0) kept.push({ path: [], message: `…and ${rest.toLocaleString('en-US')} more` });
  return kept;
}

/**
 * The router's last line against an error that repeats what it was given: whatever a service or
 * a schema put in it, an envelope stays a few kilobytes (a 1 MB cell once made a 106 MB one).
 */
export function boundError(error: AppErrorShape): AppErrorShape {
  const message = clip(error.message, MAX_ERROR_MESSAGE_CHARS);
  return error.details ? { code: error.code, message, details: { issues: boundIssues(error.details.issues) } } : { code: error.code, message };
}

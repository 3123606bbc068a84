import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'CANCELLED',
  /** The database cannot be used (damaged, refused at start-up): nothing was read or written. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field: `path` names the field, e.g. ["areaCode"] or ["rows", 3, "base"]. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const AppErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.object({ issues: z.array(FieldIssue) }).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** Every call returns an envelope: errors never cross a process boundary as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  issues?: FieldIssue[],
): Result<never> => ({
  ok: false,
  error: issues ? { code, message, details: { issues } } : { code, message },
});

/** Thrown by services for expected failures; the router turns it into an envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Turns zod issues into field issues with a readable message that names the field. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

export function describeIssues(issues: FieldIssue[]): string {
  return issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

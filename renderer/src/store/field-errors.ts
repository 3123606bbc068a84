import type { FieldIssue } from '@shared/ipc/result';

/** First message per top-level field, the shape forms render beside their inputs. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrorsFrom(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] ??= issue.message;
  }
  return errors;
}

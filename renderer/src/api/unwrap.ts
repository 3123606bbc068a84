import type { ErrorCode, FieldIssue, Result } from '@shared/ipc/result';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns an envelope into its value, or throws an ApiError that keeps the field issues. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.details?.issues);
}

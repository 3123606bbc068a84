import type { z } from 'zod';
import { ApiError } from '../api';
import { loadInputSchemas, type InputSchemas } from '../load-input-schemas';
import { fieldErrorsFrom, type FieldErrors } from './field-errors';

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: FieldErrors };

/**
 * Checks a draft with the contract's own schema (field errors without a round trip), then runs
 * the call; errors the core sends back land beside the fields they name. The schema is picked
 * from the lazily loaded input schemas, so zod loads with the first form sent, not the app.
 */
export async function submitForm<S extends z.ZodType, T>(
  pick: (schemas: InputSchemas) => S,
  draft: unknown,
  call: (input: z.output<S>) => Promise<T>,
): Promise<FormOutcome<T>> {
  const schemas = await loadInputSchemas();
  const parsed = pick(schemas).safeParse(draft);
  if (!parsed.success) {
    return { ok: false, message: 'Some fields need attention.', fieldErrors: fieldErrorsFrom(schemas.issuesFromZod(parsed.error)) };
  }
  try {
    return { ok: true, value: await call(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) {
      // With field issues the messages sit beside their fields; the summary need not repeat them.
      const message = error.issues.length > 0 ? 'Some fields need attention.' : error.message;
      return { ok: false, message, fieldErrors: fieldErrorsFrom(error.issues) };
    }
    throw error;
  }
}

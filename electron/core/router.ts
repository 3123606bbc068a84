import type { z } from 'zod';
import { specFor } from '@shared/ipc/methods';
import { quote } from '@shared/domain/quote';
import { AppError, describeIssues, fail, issuesFromZod, ok, type Result } from '@shared/ipc/result';
import type { DataDomain } from '@shared/ipc/contract';
import type { Domain, MethodName, SpecAt } from '@shared/ipc/types';
import { boundError } from './bounded-error';

type Spec = { input: z.ZodType; output: z.ZodType };
type DataDomains = readonly DataDomain[];
type Handler<S extends Spec> = (input: z.output<S['input']>) => z.input<S['output']> | Promise<z.input<S['output']>>;

/** One handler per contract method: a method without a handler is a compile error. */
export type Handlers = { [D in Domain]: { [M in MethodName<D>]: Handler<SpecAt<D, M>> } };

export interface RouterOptions {
  /** Told about unexpected errors (with stack) so the host can log them; callers see only a code. */
  onUnexpectedError?: (path: string, error: unknown) => void;
  /** Turns a known low-level failure (e.g. a locked database) into an expected, explained error. */
  explainError?: (error: unknown) => AppError | null;
  /**
   * Runs a mutation's handler (core: through the write queue, in one transaction) and says which
   * domains it changed (the method's own, plus any its side effects reached). Without it the
   * handler runs directly, for router tests.
   */
  runMutation?: (path: string, changes: DataDomains, work: () => unknown) => Promise<{ value: unknown; changed: DataDomains }>;
  /** Told after a mutation committed or a job finished, with what changed. */
  onDataChanged?: (domains: DataDomains) => void;
}

export interface Router {
  dispatch(path: string, input: unknown): Promise<Result<unknown>>;
}

type LooseHandler = (input: unknown) => unknown;

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return createPartialRouter(handlers, options);
}

/** A router for some domains only (the recovery state answers `app` and `recovery`); others are unknown to it. */
export function createPartialRouter(handlers: Partial<Handlers>, options: RouterOptions = {}): Router {
  const table = handlers as unknown as Record<string, Record<string, LooseHandler>>;
  const report = options.onUnexpectedError ?? (() => undefined);
  const runMutation =
    options.runMutation ?? (async (_path: string, changes: DataDomains, work: () => unknown) => ({ value: await work(), changed: changes }));
  const announce = options.onDataChanged ?? (() => undefined);

  const unbounded: Router = {
    async dispatch(path, input) {
      const spec = specFor(path);
      const [domain = '', name = ''] = path.split('.');
      const handler = spec ? table[domain]?.[name] : undefined;
      if (!spec || !handler) return fail('UNKNOWN_METHOD', `Unknown method ${quote(path)}.`);

      let parsed: ReturnType<typeof spec.input.safeParse>;
      try {
        parsed = spec.input.safeParse(input);
      } catch (error) {
        // Validation itself threw: a getter or proxy from an in-process caller, or a stack
        // overflow on some future recursive schema. Still an envelope, never a rejection.
        report(path, error);
        return fail('VALIDATION', `The input of ${path} could not be read.`);
      }
      if (!parsed.success) {
        const issues = issuesFromZod(parsed.error);
        return fail('VALIDATION', describeIssues(issues), issues);
      }
      try {
        let value: unknown;
        if (spec.kind === 'mutation') {
          const done = await runMutation(path, spec.changes ?? [], () => handler(parsed.data));
          value = done.value;
          if (done.changed.length > 0) announce(done.changed);
        } else {
          value = await handler(parsed.data);
          if (spec.kind === 'job' && spec.changes?.length) announce(spec.changes);
        }
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          report(path, new Error(`output of ${path} does not match the contract: ${checked.error.message}`));
          return fail('INTERNAL', `Unexpected error in ${path}. Details are in the log.`);
        }
        return ok(checked.data);
      } catch (error) {
        const known = error instanceof AppError ? error : (options.explainError?.(error) ?? null);
        if (known) return fail(known.code, known.message, known.issues);
        report(path, error);
        return fail('INTERNAL', `Unexpected error in ${path}. Details are in the log.`);
      }
    },
  };
  return {
    async dispatch(path, input) {
      const result = await unbounded.dispatch(path, input);
      return result.ok ? result : { ok: false, error: boundError(result.error) };
    },
  };
}

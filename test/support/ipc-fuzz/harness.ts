// A core for the fuzz tests plus the checks every fuzzed call must pass: an envelope (never a
// throw), no INTERNAL for bad input, a small error, no prototype pollution, and a refused call
// that leaves the database exactly as it was.
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { HostFiles } from '../../../electron/core/files';
import type { PlanPdfHost } from '../../../electron/core/plan/pdf-host';
import { specFor } from '@shared/ipc/methods';
import { AppErrorShape, type ErrorCode, type Result } from '@shared/ipc/result';
import type { MethodPath } from '@shared/ipc/types';
import { openTempCore } from '../temp-core';
import { databaseChecksum, writeCounters, type WriteCounters } from './db-fingerprint';

/**
 * How a call to a real method may refuse bad input. Not INTERNAL (a bug), UNKNOWN_METHOD (the
 * method exists) or UNAUTHORIZED (a host's answer, never the router's).
 */
const REFUSALS: ReadonlySet<ErrorCode> = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'CANCELLED']);

/** An error envelope answers in a few KB, whatever the input's size. */
export const MAX_ERROR_ENVELOPE_CHARS = 8 * 1024;

const Envelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: AppErrorShape.strict() }),
]);

/** Stand-ins for the hosts' dialogs and PDF maker: they answer at once and keep nothing. */
const hostFiles: HostFiles = {
  pickCsvFile: async () => null,
  saveTextFile: async () => false,
};
const pdfHost: PlanPdfHost = {
  render: async () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n'),
  deliver: async (_pdf, fileName, pages) => ({ outcome: 'download', fileName, pages, token: 'pdf-token' }),
  open: async (token) => token === 'pdf-token',
};

const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
const snapshotPrototypes = () => JSON.stringify(Object.entries(prototypes).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]));

const sameCounters = (a: WriteCounters, b: WriteCounters) => a.totalChanges === b.totalChanges && a.dataVersion === b.dataVersion;

export class FuzzFailure extends Error {}

/** Short, and only built when a check fails: a 10 MB input must not be stringified on every call. */
function describeValue(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export interface ProbeOptions {
  /** Compare full checksums even when the write counters say nothing was written. */
  alwaysChecksum?: boolean;
}

export interface FuzzCore {
  /** Dispatches one call and checks it (throws FuzzFailure); returns the envelope for callers that look further. */
  probe(path: MethodPath, input: unknown, options?: ProbeOptions): Promise<Result<unknown>>;
  dispatch(path: MethodPath, input: unknown): Promise<Result<unknown>>;
  dispose(): void;
}

export async function openFuzzCore(options: { hosts: boolean }): Promise<FuzzCore> {
  const unexpected: unknown[] = [];
  const core = await openTempCore(undefined, {
    ...(options.hosts ? { hostFiles, pdfHost } : {}),
    clock: () => new Date('2026-11-29T12:00:00Z'),
    onUnexpectedError: (_path, error) => unexpected.push(error),
  });
  const prototypesBefore = snapshotPrototypes();
  const sqlite = core.store.sqlite;
  // A second connection whose read transaction, opened before a call, keeps the database as it
  // was (WAL): a refused call is compared with that, row for row, without hashing before every call.
  const before = new Database(core.dbFile, { readonly: true, fileMustExist: true });

  async function probe(path: MethodPath, input: unknown, probeOptions: ProbeOptions = {}): Promise<Result<unknown>> {
    const spec = specFor(path);
    if (!spec) throw new Error(`${path} is not in the contract`);
    const failWith = (problem: string): never => {
      throw new FuzzFailure(`${path} with ${describeValue(input)}: ${problem}`);
    };
    // Background work (a purge after a delete) must not land in the middle of a comparison.
    await core.jobs.idle();
    const countersBefore = writeCounters(sqlite);
    before.exec('BEGIN');
    before.prepare('SELECT count(*) FROM sqlite_schema').get();
    unexpected.length = 0;
    try {
      let result: Result<unknown>;
      try {
        result = await core.router.dispatch(path, input);
      } catch (error) {
        return failWith(`threw instead of answering with an envelope: ${String(error)}`);
      }
      if (!Envelope.safeParse(result).success) failWith(`not an envelope: ${describeValue(result)}`);
      if (snapshotPrototypes() !== prototypesBefore) failWith('a built-in prototype gained or lost a property');
      if (({} as Record<string, unknown>).polluted !== undefined) failWith('Object.prototype polluted');

      if (!result.ok) {
        if (result.error.code === 'INTERNAL') {
          const stacks = unexpected.map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e))).join('\n');
          failWith(`INTERNAL: ${result.error.message}\n${stacks}`);
        }
        if (!REFUSALS.has(result.error.code)) failWith(`refused with ${result.error.code}: ${result.error.message}`);
        const size = JSON.stringify(result).length;
        if (size > MAX_ERROR_ENVELOPE_CHARS) failWith(`error envelope of ${size} chars: ${describeValue(result)}`);
        await core.jobs.idle();
        // Unchanged counters mean no row was inserted, updated or deleted by any connection.
        if (probeOptions.alwaysChecksum || !sameCounters(writeCounters(sqlite), countersBefore)) {
          if (databaseChecksum(sqlite) !== databaseChecksum(before)) failWith(`refused with ${result.error.code}, yet the database changed`);
        }
      }
      if (spec.kind === 'query') {
        await core.jobs.idle();
        if (!sameCounters(writeCounters(sqlite), countersBefore)) failWith('a query wrote to the database');
      }
      return result;
    } finally {
      before.exec('COMMIT');
    }
  }

  return {
    probe,
    dispatch: (path, input) => core.router.dispatch(path, input),
    dispose: () => {
      before.close();
      core.dispose();
    },
  };
}

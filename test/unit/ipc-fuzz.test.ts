// Property tests over the whole contract: every method, found by iterating the contract (a new
// method is fuzzed without editing this file), gets random and hostile input through the real
// router and core. Each call must answer with an envelope, never throw, never answer INTERNAL
// for bad input, keep errors small, leave prototypes alone and, when refused, write nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_PATHS, specFor } from '@shared/ipc/methods';
import type { MethodPath } from '@shared/ipc/types';
import { openFuzzCore, type FuzzCore } from '../support/ipc-fuzz/harness';
import { hostileValue, onceValues, TEN_MB, deepArray } from '../support/ipc-fuzz/hostile';
import { FIXTURE_CALLS, VALID_SAMPLES } from '../support/ipc-fuzz/valid-samples';

/** Methods deliberately left out of the fuzzing, each with why. Empty: every method is fuzzed. */
const NOT_FUZZED: Partial<Record<MethodPath, string>> = {};

/** Modest: the suite runs on a busy 2-core machine; the seed is printed on failure to replay it. */
const RUNS = 25;

const spec = (path: MethodPath) => {
  const found = specFor(path);
  if (!found) throw new Error(`${path} is not in the contract`);
  return found;
};

/** A known-valid input: the listed sample, or nothing for a method that takes none. */
function validSample(path: MethodPath): { input: unknown } | null {
  if (Object.hasOwn(VALID_SAMPLES, path)) return { input: VALID_SAMPLES[path] };
  return spec(path).input.safeParse(undefined).success ? { input: undefined } : null;
}

type Step = string | number;

/** Every place in a sample a value sits, objects and arrays included (so whole sub-trees get replaced too). */
function pathsIn(value: unknown, prefix: Step[] = []): Step[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [Step, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

type Corruption = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'add-key'; key: string; value: unknown };

/** A copy of `sample` with the value at `at` corrupted; `__proto__` is added as an own key, as JSON.parse makes it. */
function corrupt(sample: unknown, at: Step[], how: Corruption): unknown {
  const copy: unknown = structuredClone(sample);
  let parent = copy as Record<Step, unknown>;
  for (const step of at.slice(0, -1)) parent = parent[step] as Record<Step, unknown>;
  const last = at[at.length - 1] as Step;
  if (how.kind === 'replace') parent[last] = how.value;
  else if (how.kind === 'delete') delete parent[last];
  else Object.defineProperty(parent, how.key, { value: how.value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 4, arbitrary: hostileValue.map((value): Corruption => ({ kind: 'replace', value })) },
  { weight: 1, arbitrary: fc.constant<Corruption>({ kind: 'delete' }) },
  {
    weight: 1,
    arbitrary: fc.record({ key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: hostileValue }).map((r): Corruption => ({ kind: 'add-key', ...r })),
  },
);

let fuzz: FuzzCore;
const HUGE = onceValues();
const DEEP = deepArray(10_000);

beforeAll(async () => {
  fuzz = await openFuzzCore({ hosts: true });
  for (const call of FIXTURE_CALLS) {
    for (const [path, input] of Object.entries(call) as [MethodPath, unknown][]) {
      const result = await fuzz.dispatch(path, input);
      expect(result, `fixture ${path}`).toMatchObject({ ok: true });
    }
  }
});
afterAll(() => fuzz?.dispose());

describe('IPC fuzzing: coverage of the contract', () => {
  it('fuzzes every method, each with a valid sample (or none needed), unless listed with a reason', () => {
    const uncovered = METHOD_PATHS.filter((path) => !NOT_FUZZED[path] && !validSample(path));
    expect(uncovered, 'add a valid input for these to VALID_SAMPLES (test/support/ipc-fuzz/valid-samples.ts)').toEqual([]);
    const stale = [...Object.keys(VALID_SAMPLES), ...Object.keys(NOT_FUZZED)].filter((path) => !(METHOD_PATHS as readonly string[]).includes(path));
    expect(stale).toEqual([]);
  });

  it('has samples the contract accepts', () => {
    const refused = Object.entries(VALID_SAMPLES).filter(([path, input]) => !spec(path as MethodPath).input.safeParse(input).success);
    expect(refused.map(([path]) => path)).toEqual([]);
  });
});

describe('IPC fuzzing: a host without dialogs or a PDF maker', () => {
  it('answers every valid sample with an envelope, an absent host with a clean error', async () => {
    const bare = await openFuzzCore({ hosts: false });
    try {
      const answers: Record<string, string> = {};
      for (const path of METHOD_PATHS) {
        const sample = validSample(path);
        if (!sample) continue;
        const result = await bare.probe(path, sample.input);
        answers[path] = result.ok ? 'ok' : result.error.code;
      }
      // The methods that need a host say so (VALIDATION), or have nothing to answer (pickCsv: null).
      expect({ pdf: answers['plan.exportPdf'], open: answers['plan.openPdf'], save: answers['files.saveCsv'], pick: answers['files.pickCsv'] }).toEqual({
        pdf: 'VALIDATION',
        open: 'VALIDATION',
        save: 'VALIDATION',
        pick: 'ok',
      });
    } finally {
      bare.dispose();
    }
  });
});

describe.each(METHOD_PATHS.filter((path) => !NOT_FUZZED[path]))('IPC fuzzing: %s', (path) => {
  const sample = validSample(path);
  const fields = sample ? pathsIn(sample.input) : [];

  it('answers arbitrary hostile input with a clean envelope', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, async (input) => {
        await fuzz.probe(path, input);
      }),
      { numRuns: RUNS },
    );
  });

  // A method that takes no input has no field to corrupt.
  if (fields.length > 0) {
    it('answers a valid input with one field corrupted', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fields), corruption, async (at, how) => {
          await fuzz.probe(path, corrupt(sample?.input, at, how));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('answers huge and deeply nested values, as the whole input and in each field', async () => {
    for (const [index, { label, value }] of HUGE.entries()) {
      // One full before/after checksum per writing method even when the counters say nothing was
      // written (each costs tens of ms); a query's counters are checked on every call.
      const result = await fuzz.probe(path, value, { alwaysChecksum: index === 0 && spec(path).kind !== 'query' });
      // No contract input is a bare string or an array.
      if (typeof value === 'string' || Array.isArray(value)) expect(result.ok ? 'ok' : result.error.code, label).toBe('VALIDATION');
    }
    for (const at of fields) {
      for (const value of [TEN_MB, DEEP]) await fuzz.probe(path, corrupt(sample?.input, at, { kind: 'replace', value }));
    }
  });
});

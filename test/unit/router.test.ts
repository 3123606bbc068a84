import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type RouterOptions } from '../../electron/core/router';
import type { DataDomain } from '@shared/ipc/contract';
import { METHOD_PATHS, specFor } from '@shared/ipc/methods';
import { AppError } from '@shared/ipc/result';
import type { EventName, InputOf, MethodPath, OutputOf } from '@shared/ipc/types';
import { VALID_PROFILE, openTempCore } from '../support/temp-core';

const profile = {
  occupationCode: '15-1252',
  occupationTitle: 'Software Developers',
  areaCode: '0000000',
  areaName: 'United States',
  careerLevel: 'mid' as const,
  yearsExperience: 3,
  currentSalary: 120000,
  currency: 'USD' as const,
  hoursPerWeek: 5,
  horizonYears: 5,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

type LooseHandler = (input: unknown) => unknown;
type RunMutation = NonNullable<RouterOptions['runMutation']>;

/**
 * A handler map for the router's own tests: one stub per contract method, derived from the
 * contract (so no test lists the methods), replaced by `given` for the few a test calls.
 */
function handlersWith(given: Partial<Record<MethodPath, LooseHandler>> = {}): Handlers {
  const table: Record<string, Record<string, LooseHandler>> = {};
  for (const path of METHOD_PATHS) {
    const [domain, name] = path.split('.') as [string, string];
    table[domain] ??= {};
    table[domain][name] =
      given[path] ??
      (() => {
        throw new Error(`${path} is not called in this test`);
      });
  }
  return table as unknown as Handlers;
}

function specOf(path: MethodPath) {
  const spec = specFor(path);
  if (!spec) throw new Error(`${path} is not in the contract`);
  return spec;
}

/** What core's write queue does, observable: runs the work and reports the declared changes. */
function spyRunMutation(extra: readonly DataDomain[] = []) {
  return vi.fn<RunMutation>(async (_path, changes, work) => ({ value: await work(), changed: [...changes, ...extra] }));
}

/** Lets every pending promise callback run, so nothing the router does "soon" is missed. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('router', () => {
  it('runs a valid call and returns its value in an ok envelope', async () => {
    const router = createRouter(handlersWith({ 'profile.save': (input) => ({ ...profile, ...(input as object) }) }));
    const result = await router.dispatch('profile.save', { ...profile, yearsExperience: 7 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ yearsExperience: 7, areaName: 'United States' }) });
  });

  it('rejects invalid input with a VALIDATION envelope naming each bad field, without calling the handler', async () => {
    const save = vi.fn();
    const router = createRouter(handlersWith({ 'profile.save': save }));
    const result = await router.dispatch('profile.save', { ...profile, yearsExperience: -1, currency: 'XXX' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues.map((i) => i.path)).toEqual([['yearsExperience'], ['currency']]);
    expect(result.error.message).toContain('yearsExperience: Years of experience cannot be negative');
    expect(save).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with UNKNOWN_METHOD', async () => {
    const router = createRouter(handlersWith());
    for (const path of ['profile.delete', 'nope', 'profile.save.extra', '__proto__.toString', 'constructor.name']) {
      const result = await router.dispatch(path, undefined);
      expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method "${path}".` } });
    }
  });

  it('turns a thrown error into INTERNAL without leaking its message or stack', async () => {
    const reported: unknown[] = [];
    const router = createRouter(
      handlersWith({
        'profile.get': () => {
          throw new Error('secret detail at /home/user/db.sqlite');
        },
      }),
      { onUnexpectedError: (_path, error) => reported.push(error) },
    );
    const result = await router.dispatch('profile.get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error in profile.get. Details are in the log.' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(reported).toHaveLength(1);
  });

  it('passes an expected AppError through with its code and field issues', async () => {
    const router = createRouter(
      handlersWith({
        'profile.save': () => {
          throw new AppError('VALIDATION', 'Unknown area', [{ path: ['areaCode'], message: 'Unknown area' }]);
        },
      }),
    );
    const result = await router.dispatch('profile.save', profile);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Unknown area', details: { issues: [{ path: ['areaCode'], message: 'Unknown area' }] } },
    });
  });

  it('reports a handler whose output breaks the contract as INTERNAL', async () => {
    const reported: string[] = [];
    // A handler that lies about its output type, as a buggy service might at runtime.
    const router = createRouter(handlersWith({ 'profile.get': () => ({ nonsense: true }) }), {
      onUnexpectedError: (path) => reported.push(path),
    });
    const result = await router.dispatch('profile.get', undefined);
    expect(result.ok).toBe(false);
    expect(reported).toEqual(['profile.get']);
  });
});

describe('router: queries, mutations and jobs', () => {
  const importRequest: InputOf<'salary.importCsv'> = {
    token: 'tok_0123456789abcdef',
    name: 'Offers',
    encoding: 'utf-8',
    delimiter: ',',
    mapping: { title: 0, base: 1 },
  };
  const importResult: OutputOf<'salary.importCsv'> = { datasetId: 'u1', name: 'Offers', rowCount: 2, seconds: 0.5 };

  it('runs a mutation inside runMutation and then announces the domains the contract declares for it', async () => {
    const declared = specOf('profile.save');
    expect(declared.kind).toBe('mutation');
    expect(declared.changes?.length).toBeGreaterThan(0);

    const order: string[] = [];
    const runMutation = vi.fn<RunMutation>(async (_path, changes, work) => {
      order.push('queue starts');
      const value = await work();
      order.push('queue commits');
      return { value, changed: changes };
    });
    const onDataChanged = vi.fn((_domains: readonly DataDomain[]) => order.push('announced'));
    const save = (input: unknown) => {
      order.push('handler runs');
      return { ...profile, ...(input as object) };
    };
    const router = createRouter(handlersWith({ 'profile.save': save }), { runMutation, onDataChanged });

    const result = await router.dispatch('profile.save', profile);
    expect(result.ok).toBe(true);
    expect(runMutation).toHaveBeenCalledExactlyOnceWith('profile.save', declared.changes, expect.any(Function));
    expect(order).toEqual(['queue starts', 'handler runs', 'queue commits', 'announced']);
    expect(onDataChanged).toHaveBeenCalledExactlyOnceWith(declared.changes);
  });

  it('announces what runMutation says changed, side effects included', async () => {
    const onDataChanged = vi.fn();
    const router = createRouter(handlersWith({ 'profile.save': () => profile }), {
      runMutation: spyRunMutation(['goals']),
      onDataChanged,
    });
    await router.dispatch('profile.save', profile);
    expect(onDataChanged).toHaveBeenCalledExactlyOnceWith([...(specOf('profile.save').changes ?? []), 'goals']);
  });

  it('answers a query without runMutation and announces nothing', async () => {
    expect(specOf('profile.get').kind).toBe('query');
    const get = vi.fn(() => null);
    const runMutation = spyRunMutation();
    const onDataChanged = vi.fn();
    const router = createRouter(handlersWith({ 'profile.get': get }), { runMutation, onDataChanged });

    expect(await router.dispatch('profile.get', undefined)).toEqual({ ok: true, value: null });
    expect(get).toHaveBeenCalledOnce();
    expect(runMutation).not.toHaveBeenCalled();
    expect(onDataChanged).not.toHaveBeenCalled();
  });

  it('runs a job outside runMutation and announces its changes only once it has finished', async () => {
    const declared = specOf('salary.importCsv');
    expect(declared.kind).toBe('job');
    expect(declared.changes?.length).toBeGreaterThan(0);

    let finish: (value: typeof importResult) => void = () => undefined;
    const importCsv = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    const runMutation = spyRunMutation();
    const onDataChanged = vi.fn();
    const router = createRouter(handlersWith({ 'salary.importCsv': importCsv }), { runMutation, onDataChanged });

    const pending = router.dispatch('salary.importCsv', importRequest);
    await vi.waitFor(() => expect(importCsv).toHaveBeenCalledOnce());
    await settle();
    expect(onDataChanged).not.toHaveBeenCalled();

    finish(importResult);
    expect(await pending).toEqual({ ok: true, value: importResult });
    expect(onDataChanged).toHaveBeenCalledExactlyOnceWith(declared.changes);
    expect(runMutation).not.toHaveBeenCalled();
  });

  it('a job that fails announces nothing', async () => {
    const onDataChanged = vi.fn();
    const router = createRouter(
      handlersWith({ 'salary.importCsv': () => Promise.reject(new AppError('CONFLICT', 'Another import is running')) }),
      { runMutation: spyRunMutation(), onDataChanged },
    );
    const result = await router.dispatch('salary.importCsv', importRequest);
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Another import is running' } });
    expect(onDataChanged).not.toHaveBeenCalled();
  });

  it.each([
    ['an expected error', new AppError('CONFLICT', 'The database is busy')],
    ['an unexpected error', new Error('disk I/O error')],
  ])('a mutation that fails with %s announces nothing', async (_kind, error) => {
    const runMutation = spyRunMutation();
    const onDataChanged = vi.fn();
    const router = createRouter(
      handlersWith({
        'profile.save': () => {
          throw error;
        },
      }),
      { runMutation, onDataChanged },
    );
    const result = await router.dispatch('profile.save', profile);
    expect(result.ok).toBe(false);
    expect(runMutation).toHaveBeenCalledOnce();
    expect(onDataChanged).not.toHaveBeenCalled();
  });
});

describe('the real core', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  const events: { name: EventName; payload: unknown }[] = [];

  beforeAll(async () => {
    core = await openTempCore();
    core.events.subscribe((name, payload) => events.push({ name, payload }));
  });
  afterAll(() => core?.dispose());

  it('has a handler for every contract method', async () => {
    // No contract input accepts a symbol, so each call stops at validation, which the router
    // reaches only when the real handler map has the method (else UNKNOWN_METHOD).
    const probe = Symbol('not an input');
    const answered: Record<string, string> = {};
    for (const path of METHOD_PATHS) {
      const result = await core.router.dispatch(path, probe);
      answered[path] = result.ok ? 'ok' : result.error.code;
    }
    expect(answered).toEqual(Object.fromEntries(METHOD_PATHS.map((path) => [path, 'VALIDATION'])));
  });

  it('tells subscribers what a committed write changed, and nothing after a read or a refused write', async () => {
    events.length = 0;
    expect((await core.router.dispatch('profile.get', undefined)).ok).toBe(true);
    // A well-formed area code that names no area: refused inside the write, after validation.
    const refused = await core.router.dispatch('profile.save', { ...VALID_PROFILE, areaCode: '9999999' });
    expect(refused.ok ? 'saved' : refused.error.details?.issues[0]?.path).toEqual(['areaCode']);
    expect(events).toEqual([]);

    expect((await core.router.dispatch('profile.save', VALID_PROFILE)).ok).toBe(true);
    expect(events).toEqual([{ name: 'dataChanged', payload: { domains: expect.arrayContaining([...(specOf('profile.save').changes ?? [])]) } }]);
  });
});

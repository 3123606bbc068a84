import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../electron/core/router';
import { METHOD_PATHS } from '../../shared/ipc/methods';
import { AppError } from '../../shared/ipc/result';

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

const unused = (): never => {
  throw new Error('not called in these tests');
};

function handlers(overrides: { save?: Handlers['profile']['save']; get?: Handlers['profile']['get'] } = {}): Handlers {
  return {
    app: { info: () => ({ version: '1', schemaVersion: 1, host: 'test' }) },
    profile: { get: overrides.get ?? (() => null), save: overrides.save ?? ((input) => ({ ...profile, ...input })) },
    salary: {
      listOccupations: () => [],
      searchAreas: () => [],
      getArea: () => null,
      bands: unused,
      articleComparison: unused,
      percentiles: unused,
      previewImport: unused,
      importCsv: unused,
      cancelImport: unused,
    },
    data: { listDatasets: () => [], renameDataset: unused, deleteDataset: unused },
    files: { pickCsv: () => null, saveCsv: unused },
    skills: { list: () => [], get: unused, createCustom: unused, deleteCustom: unused, restoreCustom: unused, addEdge: unused, removeEdge: unused, disabledEdges: () => [], setEstimate: unused, addResource: unused, removeResource: unused, saveNote: unused },
    progress: { set: unused, logStudy: unused, editStudy: unused, deleteStudy: unused, log: () => [], stats: unused },
    goals: { list: () => [], create: unused, update: unused, markDone: unused, delete: unused, restore: unused },
    dashboard: { summary: unused },
  };
}

describe('router', () => {
  it('runs a valid call and returns its value in an ok envelope', async () => {
    const router = createRouter(handlers());
    const result = await router.dispatch('profile.save', { ...profile, yearsExperience: 7 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ yearsExperience: 7, areaName: 'United States' }) });
  });

  it('rejects invalid input with a VALIDATION envelope naming each bad field, without calling the handler', async () => {
    const save = vi.fn();
    const router = createRouter(handlers({ save }));
    const result = await router.dispatch('profile.save', { ...profile, yearsExperience: -1, currency: 'XXX' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues.map((i) => i.path)).toEqual([['yearsExperience'], ['currency']]);
    expect(result.error.message).toContain('yearsExperience: Years of experience cannot be negative');
    expect(save).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with UNKNOWN_METHOD', async () => {
    const router = createRouter(handlers());
    for (const path of ['profile.delete', 'nope', 'profile.save.extra', '__proto__.toString', 'constructor.name']) {
      const result = await router.dispatch(path, undefined);
      expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method "${path}".` } });
    }
  });

  it('turns a thrown error into INTERNAL without leaking its message or stack', async () => {
    const reported: unknown[] = [];
    const router = createRouter(
      handlers({
        get: () => {
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
      handlers({
        save: () => {
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
    const broken = handlers();
    // A handler that lies about its output type, as a buggy service might at runtime.
    broken.profile.get = () => ({ nonsense: true }) as unknown as ReturnType<Handlers['profile']['get']>;
    const router = createRouter(broken, { onUnexpectedError: (path) => reported.push(path) });
    const result = await router.dispatch('profile.get', undefined);
    expect(result.ok).toBe(false);
    expect(reported).toEqual(['profile.get']);
  });

  it('has a handler for every contract method', async () => {
    const router = createRouter(handlers());
    for (const path of METHOD_PATHS) {
      const result = await router.dispatch(path, undefined);
      if (!result.ok) expect(result.error.code).not.toBe('UNKNOWN_METHOD');
    }
  });
});

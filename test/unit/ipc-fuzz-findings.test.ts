// Regression tests for what the IPC fuzzer (ipc-fuzz.test.ts) found, each with the input that found it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '@shared/ipc/result';
import { TEN_MB } from '../support/ipc-fuzz/hostile';
import { VALID_SAMPLES } from '../support/ipc-fuzz/valid-samples';
import { openTempCore } from '../support/temp-core';

let core: Awaited<ReturnType<typeof openTempCore>>;
beforeAll(async () => {
  core = await openTempCore();
});
afterAll(() => core?.dispose());

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('IPC fuzz findings', () => {
  const params = VALID_SAMPLES['career.project']?.params;

  it('refuses a 10 MB dataset id as VALIDATION instead of saving it in a scenario', async () => {
    // Found by: career.createScenario with params.datasetId = 10 MB of "x": it was saved (and then slowed every read of scenarios).
    const result = await core.router.dispatch('career.createScenario', { name: 'Huge', params: { ...params, datasetId: TEN_MB } });
    expect(codeOf(result)).toBe('VALIDATION');
    expect((await core.router.dispatch('career.scenarios', undefined)).ok && core.store.sqlite.prepare('SELECT count(*) AS n FROM scenarios').get()).toEqual({ n: 0 });
  });

  it.each(['career.band', 'career.project', 'career.projectionData', 'salary.percentiles', 'data.renameDataset', 'data.deleteDataset'] as const)(
    '%s answers a 10 MB dataset id with a small VALIDATION envelope, not a NOT_FOUND quoting it',
    async (path) => {
      // Found by: career.band with datasetId = 10 MB: a 10 MB "No dataset "xxx…"" NOT_FOUND message.
      const input =
        path === 'career.band'
          ? { occupationCode: '15-1252', areaCode: '0041860', datasetId: TEN_MB }
          : path === 'salary.percentiles'
            ? { datasetId: TEN_MB, groupBy: [] }
            : path.startsWith('data.')
              ? { id: TEN_MB, name: 'x' }
              : { params: { ...params, datasetId: TEN_MB } };
      const result = await core.router.dispatch(path, input);
      expect(codeOf(result)).toBe('VALIDATION');
      expect(JSON.stringify(result).length).toBeLessThan(1000);
    },
  );
});

describe('router: input that cannot even be read', () => {
  const throwing = () => {
    throw new RangeError('Maximum call stack size exceeded');
  };
  it.each([
    ['a getter that throws', Object.defineProperty({ ...{} }, 'occupationCode', { get: throwing, enumerable: true })],
    ['a proxy whose every trap throws', new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing, getOwnPropertyDescriptor: throwing })],
  ])('answers %s with a VALIDATION envelope instead of rejecting', async (_label, input) => {
    // An in-process caller (a test, a future host) can hand over what structured clone never makes;
    // validation itself throwing (as zod would on a stack overflow) must still give an envelope.
    const result = await core.router.dispatch('profile.save', input);
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'The input of profile.save could not be read.' } });
  });
});

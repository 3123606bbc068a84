import { describe, expect, it, vi } from 'vitest';
import { forgetPrefetched, prefetch, takePrefetched } from '../../../renderer/src/store/use-load';

describe('requests started before their screen mounted', () => {
  it('are taken over once, then asked afresh', async () => {
    const load = vi.fn(() => Promise.resolve());
    prefetch(load);
    prefetch(load);
    await takePrefetched(load);
    expect(load).toHaveBeenCalledTimes(1);
    await takePrefetched(load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('are forgotten when they fail: the screen asks again', async () => {
    const load = vi.fn(() => Promise.reject(new Error('the host was busy')));
    prefetch(load);
    // Settled after prefetch's own handler, which was attached first.
    await load.mock.results[0]?.value.catch(() => undefined);
    await expect(takePrefetched(load)).rejects.toThrow('the host was busy');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('are forgotten when the window leaves the screen they were for', async () => {
    const load = vi.fn(() => Promise.resolve());
    prefetch(load);
    forgetPrefetched();
    await takePrefetched(load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

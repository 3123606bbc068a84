import { describe, expect, it } from 'vitest';
import { METHOD_PATHS } from '@shared/ipc/methods';
import { warmSchemas } from '../../electron/core/warm-schemas';

describe('warming the contract schemas at idle', () => {
  it('parses through every method of the contract without throwing on the empty object', async () => {
    const warmed = await warmSchemas(() => false);
    expect(warmed).toBe(METHOD_PATHS.length);
    expect(METHOD_PATHS.length).toBeGreaterThan(50);
  });

  it('stops as soon as the core closes', async () => {
    let asked = 0;
    const warmed = await warmSchemas(() => ++asked > 3);
    expect(warmed).toBe(3);
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanScreen } from '../../../renderer/src/features/plan/PlanScreen';
import { connectRealCore } from '../skills/skills-dom-core';
import { STAY_PARAMS } from '../../support/scenario-params';
import { VALID_PROFILE } from '../../support/temp-core';

type Real = Awaited<ReturnType<typeof connectRealCore>>;
let real: Real;

beforeEach(async () => {
  real = await connectRealCore();
});
afterEach(() => real.core.dispose());

describe('Plan: Export PDF', () => {
  it('waits for the plan to load, so the default scenarios go into the PDF, not "No scenarios chosen"', async () => {
    await real.dispatch('profile.save', VALID_PROFILE);
    await real.dispatch('career.createScenario', { name: 'Stay', params: STAY_PARAMS });
    // The plan's read is held back, as on a busy machine.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const dispatch = real.invoke.getMockImplementation();
    real.invoke.mockImplementation(async (path, input) => {
      if (path === 'plan.document') await held;
      return dispatch ? dispatch(path, input) : { ok: false, error: { code: 'INTERNAL', message: 'no transport' } };
    });
    render(<PlanScreen />);
    const button = screen.getByRole('button', { name: 'Export PDF' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    release();
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect((screen.getByRole('checkbox', { name: /Stay/ }) as HTMLInputElement).checked).toBe(true);
  });
});

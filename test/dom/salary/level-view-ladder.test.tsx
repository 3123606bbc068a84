import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SalaryScreen } from '../../../renderer/src/features/salary/SalaryScreen';
import { formatMoney } from '../../../renderer/src/format';
import { connectRealCore } from '../skills/skills-dom-core';
import { saveProfile } from './salary-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

// BLS May 2025, 15-1252 Software Developers, Seattle-Tacoma-Bellevue: 99,190 · 132,800 · 167,280 · 211,860 · 257,960.
const levelRow = async (name: RegExp) => {
  const heading = await screen.findByRole('heading', { name: 'By career level — Seattle-Tacoma-Bellevue, WA' });
  return within(heading.closest('section') as HTMLElement).findByRole('row', { name });
};

describe('the explorer’s level view reads the stored career ladder', { timeout: 60_000 }, () => {
  it('places every ladder level, principal extrapolated, and follows an edited band position', async () => {
    await saveProfile(t.core);
    render(<SalaryScreen />);
    expect((await levelRow(/^Mid-level \(you\)/)).textContent).toContain(formatMoney(167_280, 'USD'));
    // Principal at the 95th: past the 90th along the 75th→90th line: 257,960 + (5/15)·(257,960 − 211,860) = 273,326.67.
    const principal = await levelRow(/^Principal/);
    expect(principal.textContent).toContain('95th percentile (extrapolated beyond the published ones)');
    expect(principal.textContent).toContain(formatMoney(257_960 + (5 / 15) * (257_960 - 211_860), 'USD'));

    await t.dispatch('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 60 });
    // 60th, between the median and the 75th: 167,280 + (10/25)·(211,860 − 167,280) = 185,112.
    await waitFor(async () => expect((await levelRow(/^Mid-level/)).textContent).toContain(formatMoney(185_112, 'USD')));
    expect((await levelRow(/^Mid-level/)).textContent).toContain('60th percentile (between the published ones)');

    await t.dispatch('career.resetLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile' });
    await waitFor(async () => expect((await levelRow(/^Mid-level/)).textContent).toContain('Median'));
  });
});

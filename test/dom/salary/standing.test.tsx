import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { SalaryScreen } from '../../../renderer/src/features/salary/SalaryScreen';
import { connectRealCore } from '../skills/skills-dom-core';
import { saveProfile } from './salary-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const line = async () => (await screen.findByTestId('standing')).textContent;

describe('where do I stand', { timeout: 30_000 }, () => {
  it('places the salary among the BLS percentiles of the profile’s occupation and area, on the dashboard and on Salary', async () => {
    await saveProfile(t.core);
    const dashboard = render(<DashboardScreen />);
    const expected =
      '$150,000 is about the 37th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA. An estimate: a straight line between the percentiles BLS publishes';
    expect(await line()).toMatch(new RegExp(`^${expected.replace(/[.$()]/g, '\\$&')}`));
    dashboard.unmount();
    render(<SalaryScreen />);
    expect(await line()).toMatch(/^\$150,000 is about the 37th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA\./);
  });

  it('says "above the 90th percentile" beyond the published band', async () => {
    await saveProfile(t.core, { currentSalary: 400_000 });
    render(<DashboardScreen />);
    expect(await line()).toMatch(/^\$400,000 is above the 90th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA\./);
  });

  it('says "below the 10th percentile" under it', async () => {
    await saveProfile(t.core, { currentSalary: 50_000 });
    render(<DashboardScreen />);
    expect(await line()).toMatch(/^\$50,000 is below the 10th percentile/);
  });

  it('does not place a salary in another currency beside dollar figures, and says why', async () => {
    await saveProfile(t.core, { currency: 'EUR' });
    render(<DashboardScreen />);
    expect(await line()).toBe(
      'Your salary (€150,000) is in EUR; BLS figures are in USD. Trajectory does not convert currencies, so it does not place your salary among them.',
    );
  });

  it('says so when BLS publishes nothing for the occupation in the profile’s area', async () => {
    // Alaska: BLS lists Software Developers there without any wage figure.
    await saveProfile(t.core, { areaCode: '0200000' });
    render(<DashboardScreen />);
    expect(await line()).toBe('BLS publishes no pay figures for Software Developers in Alaska, so your salary cannot be placed there.');
  });
});

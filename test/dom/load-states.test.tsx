import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../renderer/src/api';
import { DashboardScreen } from '../../renderer/src/features/dashboard/DashboardScreen';
import { DataSourcesScreen } from '../../renderer/src/features/data-sources/DataSourcesScreen';
import { GoalsScreen } from '../../renderer/src/features/goals/GoalsScreen';
import { ProfileScreen } from '../../renderer/src/features/profile/ProfileScreen';
import { SalaryScreen } from '../../renderer/src/features/salary/SalaryScreen';
import { SkillPage } from '../../renderer/src/features/skills/SkillPage';
import { SkillsScreen } from '../../renderer/src/features/skills/SkillsScreen';
import { useAppStore } from '../../renderer/src/store';
import { buildApi } from '@shared/ipc/api';
import { CONTRACT_NAMES } from '@shared/ipc/methods';
import { fail, type Result } from '@shared/ipc/result';
import type { Transport } from '@shared/ipc/types';
import { openTempCore } from '../support/temp-core';

// Whole screens against a real core on a real SQLite file: on a busy machine one test can take
// longer than vitest's 5 s default. The tests wait on conditions; this only bounds them.
vi.setConfig({ testTimeout: 30_000 });

type Host = 'up' | 'down' | 'slow';

let core: Awaited<ReturnType<typeof openTempCore>>;
let host: Host;
/** Calls held while the host is "slow", released by the test. */
let held: Array<{ path: string; release(): void }>;
const initialState = useAppStore.getState();

beforeEach(async () => {
  core = await openTempCore();
  host = 'up';
  held = [];
  const invoke = vi.fn<Transport['invoke']>((path, input): Promise<Result<unknown>> => {
    const answer = () => core.router.dispatch(path, structuredClone(input));
    if (host === 'down') return Promise.resolve(fail('INTERNAL', 'Cannot reach the Trajectory web host (Failed to fetch). Is it still running?'));
    if (host === 'slow') return new Promise((resolve) => held.push({ path, release: () => void answer().then(resolve) }));
    return answer();
  });
  setApi(buildApi({ invoke, subscribe: () => () => undefined }, CONTRACT_NAMES));
  useAppStore.setState(initialState, true);
});
afterEach(() => core.dispose());

/** Texts a screen shows when its data has loaded and is empty: never while it is still loading. */
const EMPTY_STATES = [
  /Add an area above/,
  /No goals yet/,
  /No datasets are loaded/,
  /Start with your profile/,
  /Set a level, a target or a status/,
  /Your log is empty/,
  /Nothing logged yet/,
  /You have not imported any salary data yet/,
];

const SCREENS: Array<[string, () => ReactElement]> = [
  ['dashboard', () => <DashboardScreen />],
  ['skills', () => <SkillsScreen />],
  ['skill page', () => <SkillPage params={{ id: 'docker' }} />],
  ['goals', () => <GoalsScreen />],
  ['salary', () => <SalaryScreen />],
  ['data sources', () => <DataSourcesScreen />],
  ['profile', () => <ProfileScreen />],
];

describe.each(SCREENS)('the %s screen', (_name, screenElement) => {
  it('says it is loading while its data is on its way, and shows no empty state meanwhile', async () => {
    host = 'slow';
    render(screenElement());
    await waitFor(() => expect(held.length).toBeGreaterThan(0));
    expect(screen.getAllByRole('status').some((s) => /^Loading .+…$/.test(s.textContent ?? ''))).toBe(true);
    for (const empty of EMPTY_STATES) expect(screen.queryByText(empty)).toBeNull();
    // Released, the data arrives and the loading messages go.
    host = 'up';
    held.splice(0).forEach((call) => call.release());
    await waitFor(() => expect(screen.queryAllByRole('status').filter((s) => /^Loading /.test(s.textContent ?? ''))).toEqual([]));
  });

  it('says the load failed when the host is down, and loads when asked to try again', async () => {
    host = 'down';
    const user = userEvent.setup();
    render(screenElement());
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]?.textContent).toMatch(/^Could not load .+\. Cannot reach the Trajectory web host/);
    expect(screen.queryAllByRole('status').filter((s) => /^Loading /.test(s.textContent ?? ''))).toEqual([]);

    host = 'up';
    for (const alert of alerts) await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryAllByRole('alert')).toEqual([]));
    await waitFor(() => expect(screen.queryAllByRole('status').filter((s) => /^Loading /.test(s.textContent ?? ''))).toEqual([]));
  });
});

describe('the salary explorer', () => {
  it('says it is loading the pay bands while they load, not "add an area"', async () => {
    host = 'slow';
    render(<SalaryScreen />);
    // Let everything but the bands through: the explorer opens and asks for the national band.
    await waitFor(() => {
      held.filter((call) => call.path !== 'salary.bands').forEach((call) => call.release());
      expect(held.map((call) => call.path)).toContain('salary.bands');
    });
    await screen.findByRole('tab', { name: 'Explorer' });
    expect(screen.getByText('Loading pay bands…').getAttribute('role')).toBe('status');
    expect(screen.queryByText(/Add an area above/)).toBeNull();

    held.splice(0).forEach((call) => call.release());
    expect(await screen.findByRole('img', { name: /pay bands for 1 row/ })).toBeTruthy();
    expect(screen.queryByText('Loading pay bands…')).toBeNull();
  });
});

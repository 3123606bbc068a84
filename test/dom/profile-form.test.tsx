import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../renderer/src/api';
import { ProfileScreen } from '../../renderer/src/features/profile/ProfileScreen';
import { useAppStore } from '../../renderer/src/store';
import { buildApi } from '@shared/ipc/api';
import { CONTRACT_NAMES } from '@shared/ipc/methods';
import type { Transport } from '@shared/ipc/types';
import { openTempCore } from '../support/temp-core';

type TempCore = Awaited<ReturnType<typeof openTempCore>>;
let core: TempCore;
let invoke: ReturnType<typeof vi.fn<Transport['invoke']>>;
const initialState = useAppStore.getState();

beforeEach(async () => {
  core = await openTempCore();
  // The renderer's api over an in-process transport to a real router and a real SQLite file.
  invoke = vi.fn<Transport['invoke']>((path, input) => core.router.dispatch(path, structuredClone(input)));
  setApi(buildApi({ invoke, subscribe: () => () => undefined }, CONTRACT_NAMES));
  useAppStore.setState(initialState, true);
});

afterEach(() => core.dispose());

const saveCalls = () => invoke.mock.calls.filter(([path]) => path === 'profile.save');
/** Waits until every api call made so far has answered. */
const apiSettled = () => Promise.allSettled(invoke.mock.results.map((r) => r.value));

async function chooseArea(user: ReturnType<typeof userEvent.setup>, typed: string, option: string) {
  const input = screen.getByRole('combobox', { name: 'Area' });
  await user.click(input);
  await user.type(input, typed);
  const listbox = await screen.findByRole('listbox');
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(option) }));
}

describe('profile form', () => {
  it('shows a field-level error for each missing or invalid field and does not call save', async () => {
    const user = userEvent.setup();
    render(<ProfileScreen />);
    const years = await screen.findByLabelText('Years of experience');
    await user.type(years, '-3');
    await user.type(screen.getByLabelText('Current annual salary'), '99999999');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Choose an area')).toBeTruthy();
    expect(screen.getByText('Choose a career level')).toBeTruthy();
    expect(screen.getByText('Years of experience cannot be negative')).toBeTruthy();
    expect(screen.getByText('Current salary must be at most 10,000,000')).toBeTruthy();
    expect(years.getAttribute('aria-invalid')).toBe('true');
    expect(years.getAttribute('aria-describedby')).toBeTruthy();
    expect(saveCalls()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Some fields need attention.');
  });

  it('saves through the api and the saved profile is in the database', async () => {
    const user = userEvent.setup();
    render(<ProfileScreen />);
    await screen.findByLabelText('Years of experience');
    await user.selectOptions(screen.getByLabelText('Occupation'), '15-1252');
    await chooseArea(user, 'seattle', 'Seattle-Tacoma-Bellevue, WA');
    await user.selectOptions(screen.getByLabelText('Career level'), 'senior');
    await user.type(screen.getByLabelText('Years of experience'), '8.5');
    await user.type(screen.getByLabelText('Current annual salary'), '182000');
    await user.selectOptions(screen.getByLabelText('Currency'), 'USD');
    await user.clear(screen.getByLabelText('Learning hours per week'));
    await user.type(screen.getByLabelText('Learning hours per week'), '4');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Profile saved.'));
    expect(saveCalls()).toHaveLength(1);
    const stored = await core.router.dispatch('profile.get', undefined);
    expect(stored).toMatchObject({
      ok: true,
      value: { areaCode: '0042660', careerLevel: 'senior', yearsExperience: 8.5, currentSalary: 182000, hoursPerWeek: 4, horizonYears: 5 },
    });
  });

  it('keeps the chosen area after the searches have answered and focus moves on', async () => {
    const user = userEvent.setup();
    render(<ProfileScreen />);
    await screen.findByLabelText('Years of experience');
    await chooseArea(user, 'austin', 'Austin-Round Rock-San Marcos, TX');
    // Every search the typing started has come back (a late answer must not change the box).
    await apiSettled();
    await user.click(screen.getByLabelText('Years of experience'));
    await apiSettled();
    expect((screen.getByRole('combobox', { name: 'Area' }) as HTMLInputElement).value).toBe('Austin-Round Rock-San Marcos, TX');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Career level'), 'mid');
    await user.type(screen.getByLabelText('Years of experience'), '2');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Profile saved.'));
  });

  it('shows an error the core sends back beside the field it names', async () => {
    invoke.mockImplementation(async (path, input) =>
      path === 'profile.save'
        ? { ok: false, error: { code: 'VALIDATION', message: 'Unknown area 0042660: choose one from the list', details: { issues: [{ path: ['areaCode'], message: 'Unknown area 0042660: choose one from the list' }] } } }
        : core.router.dispatch(path, input),
    );
    const user = userEvent.setup();
    render(<ProfileScreen />);
    await screen.findByLabelText('Years of experience');
    await chooseArea(user, 'seattle', 'Seattle');
    await user.selectOptions(screen.getByLabelText('Career level'), 'mid');
    await user.type(screen.getByLabelText('Years of experience'), '3');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const combobox = screen.getByRole('combobox', { name: 'Area' });
    await waitFor(() => expect(combobox.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Unknown area 0042660: choose one from the list').length).toBeGreaterThan(0);
  });

  it('fills the form from the saved profile', async () => {
    await core.router.dispatch('profile.save', {
      occupationCode: '15-1254', areaCode: '4800000', careerLevel: 'junior', yearsExperience: 1, currentSalary: null,
      currency: 'EUR', hoursPerWeek: 10, horizonYears: 3,
    });
    render(<ProfileScreen />);
    expect(((await screen.findByLabelText('Occupation')) as HTMLSelectElement).value).toBe('15-1254');
    expect((screen.getByRole('combobox', { name: 'Area' }) as HTMLInputElement).value).toBe('Texas');
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('EUR');
    expect((screen.getByLabelText('Current annual salary') as HTMLInputElement).value).toBe('');
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SalaryScreen } from '../../../renderer/src/features/salary/SalaryScreen';
import { useAppStore } from '../../../renderer/src/store';
import { connectRealCore } from '../skills/skills-dom-core';
import { importCsv, saveProfile } from './salary-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

// `hidden`: the area list may still be open over the page, which hides the rest from queries.
const table = () => screen.findByRole('table', { name: /pay percentiles/, hidden: true });
const rowNamed = async (name: RegExp) => within(await table()).findByRole('row', { name, hidden: true });

async function addArea(user: ReturnType<typeof userEvent.setup>, typed: string, option: RegExp) {
  const input = screen.getByRole('combobox', { name: 'Add an area' });
  await user.clear(input);
  await user.type(input, typed);
  // The list follows the typed text after a short debounce and a database search.
  await user.click(await screen.findByRole('option', { name: option }, { timeout: 20_000 }));
}

/** Twelve records in two areas; the file has no level column. */
const NO_LEVEL = ['title,area,base', ...Array.from({ length: 12 }, (_, i) => `Engineer,${i % 2 ? 'Berlin' : 'Munich'},${90_000 + i * 1000}`)].join('\n');

// Generous bounds: the tests wait on conditions, and a loaded machine renders slowly.
describe('salary explorer', { timeout: 60_000 }, () => {
  it('names the areas BLS published nothing for in the chosen occupation, in the table and beside the chart', async () => {
    const user = userEvent.setup();
    render(<SalaryScreen />);
    await user.selectOptions(await screen.findByLabelText('Occupation or your dataset'), 'occ:15-1221');
    await addArea(user, 'Alaska', /^Alaska\s*State$/);
    await addArea(user, 'Boise', /Boise City, ID/);

    const alaska = await rowNamed(/^Alaska /);
    expect(alaska.textContent).toContain('not published by BLS for this occupation');
    expect((await rowNamed(/^Boise City, ID /)).textContent).toContain('not published by BLS for this occupation');
    expect((await rowNamed(/^United States /)).textContent).toContain('$140,300');
    expect(screen.getByText('Alaska; Boise City, ID: not published by BLS for this occupation.')).toBeTruthy();
    expect(screen.getByRole('img', { name: /pay bands for 3 rows/, hidden: true })).toBeTruthy();
  });

  it('keeps the chosen areas and occupation after leaving the screen and coming back', async () => {
    const user = userEvent.setup();
    const first = render(<SalaryScreen />);
    await user.selectOptions(await screen.findByLabelText('Occupation or your dataset'), 'occ:15-1221');
    await addArea(user, 'Califo', /^California\s*State$/);
    await rowNamed(/^California /);
    first.unmount();

    render(<SalaryScreen />);
    const chips = within(await screen.findByRole('list', { name: 'Areas compared' }));
    expect(chips.getByText('California')).toBeTruthy();
    expect(chips.getByText('National (U.S.)')).toBeTruthy();
    expect((screen.getByLabelText('Occupation or your dataset') as HTMLSelectElement).value).toBe('occ:15-1221');
    expect(await rowNamed(/^California /)).toBeTruthy();
  });

  it('follows a profile saved later, adding its area to the areas already chosen', async () => {
    const first = render(<SalaryScreen />);
    await rowNamed(/^United States /);
    first.unmount();
    await saveProfile(t.core);
    await useAppStore.getState().loadProfile();

    render(<SalaryScreen />);
    const chips = within(await screen.findByRole('list', { name: 'Areas compared' }));
    await waitFor(() => expect(chips.getByText('Seattle-Tacoma-Bellevue, WA')).toBeTruthy());
    expect(chips.getByText('National (U.S.)')).toBeTruthy();
    expect(await rowNamed(/^Seattle-Tacoma-Bellevue, WA /)).toBeTruthy();
  });

  it('shows an imported dataset by its own groups: no level grouping without a level column, no career-level mapping, no "(you)"', async () => {
    await saveProfile(t.core);
    const imported = await importCsv(t.core, 'offers-no-level', NO_LEVEL);
    render(<SalaryScreen />);
    await screen.findByRole('table', { name: /Software Developers: pay percentiles/ });
    await useAppStore.getState().loadDatasets();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Occupation or your dataset'), `ds:${imported.datasetId}`);

    await screen.findByRole('table', { name: /offers-no-level: pay percentiles/ });
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Level/ }) as HTMLInputElement).checked).toBe(false));
    expect((screen.getByRole('checkbox', { name: /Level/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('(not in this file)')).toBeTruthy();
    expect(await rowNamed(/^All records /)).toBeTruthy();
    expect(screen.queryByText(/\(no level\)/)).toBeNull();
    expect(screen.queryByRole('heading', { name: /By career level/ })).toBeNull();
    expect(screen.queryByText(/\(you\)/)).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Area' }));
    expect(await rowNamed(/^Berlin /)).toBeTruthy();
    expect(await rowNamed(/^Munich /)).toBeTruthy();
  });

  it('marks "(you)" on the career levels of your own occupation and area only', async () => {
    await saveProfile(t.core);
    const user = userEvent.setup();
    render(<SalaryScreen />);
    const levels = await screen.findByRole('heading', { name: 'By career level — Seattle-Tacoma-Bellevue, WA' });
    expect(levels.closest('section')?.textContent).toContain('Mid-level (you)');
    await user.selectOptions(screen.getByLabelText('Occupation or your dataset'), 'occ:15-1221');
    await screen.findByRole('table', { name: /Computer and Information Research Scientists: pay percentiles/ });
    await waitFor(() => expect(screen.getByRole('heading', { name: /By career level/ }).closest('section')?.textContent).not.toContain('(you)'));
  });

  it('says which currency the figures are in and why a salary in another currency is not drawn', async () => {
    await saveProfile(t.core, { currency: 'EUR' });
    render(<SalaryScreen />);
    await screen.findByRole('table', { name: /Software Developers: pay percentiles/ });
    expect(screen.getByText(/Annual wages in USD/)).toBeTruthy();
    expect(
      await screen.findByText('Your salary (€150,000) is in EUR; BLS pay data is in USD. Trajectory does not convert currencies, so your salary is not drawn or compared here.'),
    ).toBeTruthy();
    expect(screen.getByTestId('standing').textContent).toBe(
      'Your salary (€150,000) is in EUR; BLS figures are in USD. Trajectory does not convert currencies, so it does not place your salary among them.',
    );
    expect(screen.queryByText(/percentile for Software Developers/)).toBeNull();
    expect(screen.getByText(/Sources: BLS OEWS May 2025 — computer occupations \(2025, in USD\)/)).toBeTruthy();
  });

  it('closes a finished import’s card when you go to its bands', async () => {
    const imported = await importCsv(t.core, 'offers', NO_LEVEL);
    useAppStore.setState({ importState: { step: 'done', result: imported } });
    const user = userEvent.setup();
    render(<SalaryScreen />);
    await user.click(await screen.findByRole('button', { name: 'Show its bands' }));
    expect(await screen.findByRole('heading', { name: 'offers' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show its bands' })).toBeNull();
    expect(screen.queryByText(/Imported 12 rows/)).toBeNull();
  });
});

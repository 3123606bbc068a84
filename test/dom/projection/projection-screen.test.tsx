import { Chart } from 'chart.js';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GROWTH, type Projection, type ScenarioParams } from '@shared/domain/projection';
import type { Scenario } from '@shared/domain/scenarios';
import { ProjectionScreen } from '../../../renderer/src/features/projection/ProjectionScreen';
import { formatMoney } from '../../../renderer/src/format';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const scenarios = () => t.dispatch('career.scenarios') as Promise<Scenario[]>;
const project = (params: ScenarioParams) => t.dispatch('career.project', { params }) as Promise<Projection>;
const paramsOf = async (name: string) => {
  const found = (await scenarios()).find((s) => s.name === name);
  if (!found?.params) throw new Error(`no scenario ${name}`);
  return found.params;
};
const cell = (name: string, year: number) => screen.getByRole('button', { name: new RegExp(`^Explain ${name}, year ${year}: `) });

/** Adds a scenario through the form: a preset, a name, and whatever else `fill` sets. */
async function addScenario(user: ReturnType<typeof userEvent.setup>, preset: string, name: string, fill?: () => Promise<void>) {
  const form = within(await screen.findByRole('form', { name: 'New scenario' }));
  await user.click(form.getByRole('button', { name: preset }));
  await user.type(form.getByLabelText('Scenario name'), name);
  await fill?.();
  await user.click(form.getByRole('button', { name: 'Add scenario' }));
  await screen.findByText(name, { selector: '.scenario-name' });
}

describe('Projection screen against the real core', () => {
  it('compares two scenarios: every table figure is what the model gives for the saved parameters', async () => {
    await t.dispatch('profile.save', VALID_PROFILE);
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    await addScenario(user, 'Stay the course', 'Stay');
    await addScenario(user, 'Change job in <year> (+x %)', 'Job hop', async () => {
      const raise = screen.getByLabelText('Raise (%)');
      await user.clear(raise);
      await user.type(raise, '15');
    });
    const job = await paramsOf('Job hop');
    expect(job.events).toEqual([{ kind: 'job-change', year: 2, raisePercent: 15 }]);
    for (const name of ['Stay', 'Job hop']) {
      const expected = await project(await paramsOf(name));
      for (const year of [1, 3, 5, 10]) {
        const row = expected.years[year - 1];
        if (!row) throw new Error(`no year ${year}`);
        await waitFor(() => expect(cell(name, year).textContent).toBe(formatMoney(row.expectedSalary, 'USD')));
      }
    }
    // Both drawn as lines over their bands: two expected lines, each with its 25th and 75th percentile.
    const chart = Chart.getChart(screen.getByRole('img', { name: /^Expected salary by year for Stay, Job hop/ }) as HTMLCanvasElement);
    const lines = chart?.data.datasets.map((d) => d.label);
    expect(lines).toEqual(['Stay: 25th percentile', 'Stay: 25th–75th percentile', 'Stay', 'Job hop: 25th percentile', 'Job hop: 25th–75th percentile', 'Job hop']);
    expect(chart?.data.datasets[5]?.data).toEqual((await project(job)).years.map((y) => y.expectedSalary));
    const band = chart?.data.datasets[1];
    expect(band && 'fill' in band ? band.fill : null).toBe('-1');
  });

  it('follows a ladder edit made elsewhere: the inputs reload and the table moves to the model’s new figure', async () => {
    await t.dispatch('profile.save', { ...VALID_PROFILE, currentSalary: null });
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    await addScenario(user, 'Stay the course', 'Stay');
    const params = await paramsOf('Stay');
    const before = await project(params);
    await waitFor(() => expect(cell('Stay', 1).textContent).toBe(formatMoney(before.years[0]?.expectedSalary ?? -1, 'USD')));
    await t.dispatch('career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 60 });
    const after = await project(params);
    expect(after.years[0]?.expectedSalary).toBeGreaterThan(before.years[0]?.expectedSalary ?? Infinity);
    await waitFor(() => expect(cell('Stay', 1).textContent).toBe(formatMoney(after.years[0]?.expectedSalary ?? -1, 'USD')));
  });

  it('moves the growth slider: the 5-year figure becomes the model’s for the new growth, with no call to core', async () => {
    await t.dispatch('profile.save', VALID_PROFILE);
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    await addScenario(user, 'Follow my roadmap', 'Roadmap');
    const params = await paramsOf('Roadmap');
    const before = await project(params);
    await waitFor(() => expect(cell('Roadmap', 5).textContent).toBe(formatMoney(before.years[4]?.expectedSalary ?? -1, 'USD')));
    const asked = t.calls('career.projectionData').length;

    fireEvent.change(screen.getByRole('slider', { name: 'Market growth' }), { target: { value: '5' } });
    const after = await project({ ...params, growthRate: 0.05 });
    expect(after.years[4]?.expectedSalary).not.toBe(before.years[4]?.expectedSalary);
    await waitFor(() => expect(cell('Roadmap', 5).textContent).toBe(formatMoney(after.years[4]?.expectedSalary ?? -1, 'USD')));
    expect(t.calls('career.projectionData').length).toBe(asked);
  });

  it('explains a table cell: the BLS row it came from and the growth assumption with its source', async () => {
    await t.dispatch('profile.save', VALID_PROFILE);
    const rowId = (
      t.core.store.sqlite.prepare("SELECT id FROM salary_bands WHERE occupation_code = '15-1252' AND area_code = ? AND level IS NULL").get(VALID_PROFILE.areaCode) as {
        id: number;
      }
    ).id;
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    await addScenario(user, 'Stay the course', 'Stay');
    await user.click(await waitFor(() => cell('Stay', 3)));
    const dialog = within(await screen.findByRole('dialog', { name: /^Stay: year 3/ }));
    const inputs = within(dialog.getByRole('list', { name: 'Inputs and sources' }));
    expect(inputs.getByText(new RegExp(`15-1252 Software Developers, .*row ${rowId}$`))).toBeTruthy();
    expect(inputs.getByText(`Source: ${DEFAULT_GROWTH.source}`)).toBeTruthy();
    expect(inputs.getByText('Market wage growth')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a scenario that would mix currencies, with the core’s message, and saves nothing', async () => {
    await t.dispatch('profile.save', { ...VALID_PROFILE, currency: 'EUR', currentSalary: 90_000 });
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    const form = within(await screen.findByRole('form', { name: 'New scenario' }));
    await user.type(form.getByLabelText('Scenario name'), 'In euros');
    await user.click(form.getByRole('button', { name: 'Add scenario' }));
    const alert = await form.findByText(/^A projection uses one currency, and this one would mix them: Your salary is in EUR; .* is in USD\.$/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(await scenarios()).toEqual([]);
  });

  it('shows the schema’s message beside the field it is about', async () => {
    await t.dispatch('profile.save', VALID_PROFILE);
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    const form = within(await screen.findByRole('form', { name: 'New scenario' }));
    await user.click(form.getByRole('button', { name: 'Change job in <year> (+x %)' }));
    const year = form.getByLabelText('Job change year');
    await user.clear(year);
    await user.type(year, '50');
    await user.click(form.getByRole('button', { name: 'Add scenario' }));
    await waitFor(() => expect(year.getAttribute('aria-invalid')).toBe('true'));
    expect(form.getByText('Year must be at most 40')).toBeTruthy();
    expect(await scenarios()).toEqual([]);
  });

  it('renames and edits a saved scenario in the form, and deletes one', async () => {
    await t.dispatch('profile.save', VALID_PROFILE);
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    await addScenario(user, 'Stay the course', 'Stay');
    await addScenario(user, 'Follow my roadmap', 'Roadmap');
    await user.click(screen.getByRole('button', { name: 'Edit Stay' }));
    const form = within(screen.getByRole('form', { name: 'Edit scenario Stay' }));
    expect((form.getByLabelText('Skills') as HTMLSelectElement).value).toBe('stay');
    await user.clear(form.getByLabelText('Scenario name'));
    await user.type(form.getByLabelText('Scenario name'), 'Stay put');
    await user.clear(form.getByLabelText('Horizon (years)'));
    await user.type(form.getByLabelText('Horizon (years)'), '12');
    await user.click(form.getByRole('button', { name: 'Save scenario' }));
    await screen.findByText('Stay put', { selector: '.scenario-name' });
    const saved = await paramsOf('Stay put');
    expect(saved.horizonYears).toBe(12);
    expect(saved.skills).toBe('stay');

    await user.click(screen.getByRole('button', { name: 'Delete Roadmap' }));
    await waitFor(() => expect(screen.queryByText('Roadmap', { selector: '.scenario-name' })).toBeNull());
    expect((await scenarios()).map((s) => s.name)).toEqual(['Stay put']);
    expect(screen.queryByRole('button', { name: /^Explain Roadmap, / })).toBeNull();
  });

  it('switches occupation onto the manager track, combined with a job change: saved as both events, figures from the model', async () => {
    await t.dispatch('profile.save', { ...VALID_PROFILE, areaCode: '0000000' });
    const user = userEvent.setup();
    render(<ProjectionScreen />);
    const form = within(await screen.findByRole('form', { name: 'New scenario' }));
    await user.click(form.getByRole('button', { name: 'Switch to <occupation>' }));
    await user.click(form.getByRole('button', { name: 'Change job in <year> (+x %)' }));
    await user.clear(form.getByLabelText('Switch year'));
    await user.type(form.getByLabelText('Switch year'), '4');
    // Left unnamed: named after what it does.
    await user.click(form.getByRole('button', { name: 'Add scenario' }));
    const name = 'Switch to Computer and Information Systems Managers, Change job in year 2 (+10 %)';
    await screen.findByText(name, { selector: '.scenario-name' });
    const params = await paramsOf(name);
    expect(params.events).toEqual([
      { kind: 'occupation-change', year: 4, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' },
      { kind: 'job-change', year: 2, raisePercent: 10 },
    ]);
    const expected = await project(params);
    expect(expected.years[4]?.levelId).toBe('manager');
    await waitFor(() => expect(cell(name.replace(/[()+]/g, '\\$&'), 5).textContent).toBe(formatMoney(expected.years[4]?.expectedSalary ?? -1, 'USD')));
  });
});

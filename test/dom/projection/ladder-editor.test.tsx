import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ladder, LadderLevel } from '@shared/domain/career-ladder';
import { LadderEditor } from '../../../renderer/src/features/projection/LadderEditor';
import { connectRealCore } from '../skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

/** The level as the core holds it now. */
async function stored(levelId: string): Promise<LadderLevel> {
  const ladder = (await t.dispatch('career.ladder')) as Ladder;
  const level = ladder.tracks.flatMap((tr) => tr.levels).find((l) => l.levelId === levelId);
  if (!level) throw new Error(`no level ${levelId}`);
  return level;
}

/** What a screen reader reads after the field's name: its description (default and why, error). */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the career ladder editor', () => {
  it('edits a value (stored in the core), shows the default and why beside it, and resets it', async () => {
    const user = userEvent.setup();
    render(<LadderEditor />);
    const years = (await screen.findByLabelText('Senior: typical years before Staff / lead / architect')) as HTMLInputElement;
    expect(years.value).toBe('4');
    expect(description(years)).toMatch(/^Default: 4 years\. Why: A rule of thumb the app assumes, not published data/);
    expect(screen.queryByRole('button', { name: 'Reset to default: Senior: typical years before Staff / lead / architect' })).toBeNull();

    await user.clear(years);
    await user.type(years, '3{Enter}');
    await waitFor(async () => expect((await stored('senior')).typicalYears).toMatchObject({ value: 3, default: 4, source: 'edited' }));
    await waitFor(() => expect(description(years)).toMatch(/^Edited\. Default: 4 years\. Why:/));
    expect(years.value).toBe('3');

    await user.click(screen.getByRole('button', { name: 'Reset to default: Senior: typical years before Staff / lead / architect' }));
    await waitFor(async () => expect((await stored('senior')).typicalYears).toMatchObject({ value: 4, source: 'default' }));
    await waitFor(() => expect(years.value).toBe('4'));
    expect(description(years)).toMatch(/^Default: 4 years/);
  });

  it('shows the core’s refusal next to the field: a band position below the level under it', async () => {
    const user = userEvent.setup();
    render(<LadderEditor />);
    const band = (await screen.findByLabelText('Senior: band position (percentile)')) as HTMLInputElement;
    expect(description(band)).toMatch(/^Default: 75th percentile\. Why: Above the middle of the range/);
    await user.clear(band);
    await user.type(band, '40');
    await user.click(screen.getByRole('button', { name: 'Save Senior: band position (percentile)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Senior cannot sit lower in the band than Mid-level (50th percentile).');
    expect(band.getAttribute('aria-invalid')).toBe('true');
    expect(description(band)).toContain('cannot sit lower in the band than Mid-level');
    expect((await stored('senior')).bandPercentile).toMatchObject({ value: 75, source: 'default' });
  });

  it('flags extrapolated positions: principal above the 90th, and a level edited past it', async () => {
    const user = userEvent.setup();
    render(<LadderEditor />);
    const principal = within((await screen.findByRole('heading', { name: /^Principal/ })).closest('section') as HTMLElement);
    expect(principal.getByText('Extrapolated')).toBeTruthy();
    expect(principal.getByText(/95th percentile lies outside the 10th–90th that BLS publishes/)).toBeTruthy();
    const staff = within(screen.getByRole('heading', { name: /^Staff/ }).closest('section') as HTMLElement);
    expect(staff.queryByText('Extrapolated')).toBeNull();
    const band = staff.getByLabelText('Staff / lead / architect: band position (percentile)');
    await user.clear(band);
    await user.type(band, '93{Enter}');
    await waitFor(() => expect(staff.getByText('Extrapolated')).toBeTruthy());
    expect((await stored('staff')).extrapolated).toBe(true);
  });

  it('edits, adds and resets expected skills', async () => {
    const user = userEvent.setup();
    render(<LadderEditor />);
    const select = (await screen.findByLabelText('Senior: minimum level of System design')) as HTMLSelectElement;
    expect(description(select)).toMatch(/^Default: level 3\. Why:/);
    await user.selectOptions(select, '4');
    await waitFor(async () => expect((await stored('senior')).skills.find((s) => s.skillId === 'system-design')?.minLevel).toMatchObject({ value: 4, default: 3 }));
    await waitFor(() => expect(select.value).toBe('4'));
    await user.click(screen.getByRole('button', { name: 'Reset to default: Senior: minimum level of System design' }));
    await waitFor(() => expect(select.value).toBe('3'));

    await user.click(screen.getByRole('button', { name: 'Add an expected skill to Senior' }));
    const add = within(screen.getByRole('form', { name: 'Add an expected skill to Senior' }));
    expect(document.activeElement).toBe(add.getByLabelText('Senior: skill to add'));
    await waitFor(() => expect(add.getByRole('option', { name: 'GraphQL' })).toBeTruthy());
    await user.selectOptions(add.getByLabelText('Senior: skill to add'), 'graphql');
    await user.selectOptions(add.getByLabelText('Senior: its minimum level'), '2');
    await user.click(add.getByRole('button', { name: 'Add skill' }));
    const added = (await screen.findByLabelText('Senior: minimum level of GraphQL')) as HTMLSelectElement;
    expect(added.value).toBe('2');
    expect(description(added)).toMatch(/Your addition/);
    expect((await stored('senior')).skills.find((s) => s.skillId === 'graphql')?.minLevel).toMatchObject({ value: 2, default: null, source: 'edited' });
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIso } from '../../../shared/domain/dates';
import { QuickLogStudy } from '../../../renderer/src/features/progress/QuickLogStudy';
import { connectRealCore } from './skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const openWithShortcut = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.keyboard('l');
  return within(await screen.findByRole('dialog', { name: 'Log study' }));
};

describe('log study form', () => {
  it('opens from the L shortcut with today as the date and a learning skill chosen, and logs a session', async () => {
    await t.core.router.dispatch('progress.set', { skillId: 'kubernetes', status: 'learning' });
    const user = userEvent.setup();
    render(<QuickLogStudy />);
    const dialog = await openWithShortcut(user);
    expect((await dialog.findByLabelText('Date') as HTMLInputElement).value).toBe(toIso(new Date()));
    expect((dialog.getByLabelText('Skill') as HTMLSelectElement).value).toBe('kubernetes');
    await user.type(dialog.getByLabelText('Minutes'), '45');
    await user.type(dialog.getByLabelText('Note'), 'pods and services');
    await user.click(dialog.getByRole('button', { name: 'Log study' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const log = await t.core.router.dispatch('progress.log', { skillId: 'kubernetes' });
    expect(log).toMatchObject({ ok: true, value: [{ kind: 'study', minutes: 45, note: 'pods and services', date: toIso(new Date()) }, { kind: 'status' }] });
  });

  it('shows why bad minutes are refused beside the field and writes nothing', async () => {
    const user = userEvent.setup();
    render(<QuickLogStudy />);
    const dialog = await openWithShortcut(user);
    await dialog.findByLabelText('Minutes');
    await user.type(dialog.getByLabelText('Minutes'), '1500');
    await user.click(dialog.getByRole('button', { name: 'Log study' }));
    expect(await dialog.findByText('Minutes must be at most 1440 (24 hours) per entry')).toBeTruthy();
    expect(dialog.getByLabelText('Minutes').getAttribute('aria-invalid')).toBe('true');

    await user.clear(dialog.getByLabelText('Minutes'));
    await user.type(dialog.getByLabelText('Minutes'), '0');
    await user.click(dialog.getByRole('button', { name: 'Log study' }));
    expect(await dialog.findByText('Minutes must be more than 0')).toBeTruthy();
    expect(t.calls('progress.logStudy')).toHaveLength(0);
  });

  it('does not open while the user types in a text field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <label>
          Search <input />
        </label>
        <QuickLogStudy />
      </>,
    );
    await user.type(screen.getByLabelText('Search'), 'kubectl');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('kubectl');
  });
});

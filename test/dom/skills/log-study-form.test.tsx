import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { toIso } from '@shared/domain/dates';
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

  it('after a refused submit, focus is on the field at fault and Escape still closes the dialog', async () => {
    const user = userEvent.setup();
    render(<QuickLogStudy />);
    const dialog = await openWithShortcut(user);
    const date = (await dialog.findByLabelText('Date')) as HTMLInputElement;
    fireEvent.change(date, { target: { value: toIso(addDays(new Date(), 3)) } });
    await user.type(dialog.getByLabelText('Minutes'), '30');
    await user.click(dialog.getByRole('button', { name: 'Log study' }));
    expect(await dialog.findByText(/Date cannot be in the future/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(dialog.getByRole('button', { name: 'Log study' }).hasAttribute('disabled')).toBe(false);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(t.calls('progress.logStudy')).toHaveLength(1);
    const log = await t.core.router.dispatch('progress.log', {});
    expect(log).toEqual({ ok: true, value: [] });
  });
});

describe('the L shortcut', () => {
  function Controls() {
    return (
      <>
        <a href="#top">A link outside any form</a>
        <form aria-label="Some form">
          <label>
            Status
            <select defaultValue="pending">
              <option value="pending">Pending</option>
              <option value="learning">Learning</option>
            </select>
          </label>
          <label>
            Name <input />
          </label>
          <label>
            Done <input type="checkbox" />
          </label>
          <label>
            Note <textarea />
          </label>
          <button type="submit">Save</button>
        </form>
        <button type="button">A button outside any form</button>
        <div contentEditable tabIndex={0} aria-label="Editable" role="textbox" suppressContentEditableWarning>
          text
        </div>
        <div contentEditable tabIndex={0} data-testid="plain-editable" suppressContentEditableWarning>
          <span tabIndex={-1} data-testid="inside-editable">
            inside
          </span>
        </div>
        <div role="listbox" tabIndex={0} aria-label="Choices">
          <div role="option" aria-selected="false" tabIndex={-1}>
            Lisbon
          </div>
        </div>
      </>
    );
  }

  const targets = () => [
    screen.getByLabelText('Status'),
    screen.getByLabelText('Name'),
    screen.getByLabelText('Done'),
    screen.getByLabelText('Note'),
    screen.getByRole('button', { name: 'Save' }),
    screen.getByRole('button', { name: 'A button outside any form' }),
    screen.getByRole('textbox', { name: 'Editable' }),
    screen.getByTestId('inside-editable'),
    screen.getByRole('listbox', { name: 'Choices' }),
    screen.getByRole('option', { name: 'Lisbon' }),
  ];

  it('does not fire in any form control, button, editable content or key-taking widget', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Controls />
        <QuickLogStudy />
      </>,
    );
    for (const target of targets()) {
      target.focus();
      expect(document.activeElement, target.outerHTML).toBe(target);
      await user.keyboard('l');
      expect(screen.queryByRole('dialog'), `L pressed in ${target.outerHTML}`).toBeNull();
    }
  });

  it('fires on a link or the page itself', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Controls />
        <QuickLogStudy />
      </>,
    );
    screen.getByRole('link', { name: 'A link outside any form' }).focus();
    await user.keyboard('l');
    expect(await screen.findByRole('dialog', { name: 'Log study' })).toBeTruthy();
  });
});

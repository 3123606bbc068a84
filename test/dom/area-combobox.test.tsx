import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AreaCombobox } from '../../renderer/src/components/AreaCombobox';
import { connectRealCore } from './skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

type Chosen = { code: string; name: string };

/** The explorer's use: an "add an area" box above the chips of the areas chosen so far. */
function AddAreas({ onKeyDownOutside }: { onKeyDownOutside?: () => void }) {
  const [areas, setAreas] = useState<Chosen[]>([]);
  return (
    <div onKeyDown={(e) => e.key === 'Escape' && onKeyDownOutside?.()}>
      <AreaCombobox label="Add an area" value={null} clearOnChoose onChange={(a) => a && setAreas((list) => [...list, { code: a.code, name: a.name }])} />
      <ul aria-label="Areas compared">
        {areas.map((a) => (
          <li key={a.code}>{a.name}</li>
        ))}
      </ul>
      <p>Text after the picker</p>
    </div>
  );
}

const box = (name = 'Add an area') => screen.getByRole('combobox', { name }) as HTMLInputElement;

/** Hidden from assistive technology: aria-hidden or inert on the element or an ancestor. */
const hiddenFromScreenReaders = (element: Element) => element.closest('[aria-hidden="true"], [inert]') !== null;

describe('area combobox', () => {
  it('after choosing, the list stays closed, the box is empty and keeps focus', async () => {
    const user = userEvent.setup();
    render(<AddAreas />);
    await user.click(box());
    await user.type(box(), 'austin');
    const listbox = await screen.findByRole('listbox');
    await user.click(await within(listbox).findByRole('option', { name: /Austin-Round Rock-San Marcos, TX/ }));

    expect(within(screen.getByRole('list', { name: 'Areas compared' })).getByText('Austin-Round Rock-San Marcos, TX')).toBeTruthy();
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(box());
    expect(box().getAttribute('aria-expanded')).toBe('false');
    // Its search would come back after the debounce: the list must not come back with it.
    await waitFor(() => expect(t.calls('salary.searchAreas').length).toBeGreaterThan(0));
    const searches = t.calls('salary.searchAreas').length;
    await user.keyboard('{Shift}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(t.calls('salary.searchAreas')).toHaveLength(searches);
  });

  it('highlights no match on its own: the user moves to one with ArrowDown', async () => {
    // Typing only filters. A match highlighted by itself would move react-aria's virtual focus
    // (a blur on the box) whenever the search answers, after the keystroke that asked for it.
    const user = userEvent.setup();
    render(<AddAreas />);
    await user.click(box());
    await user.type(box(), 'seattle');
    const listbox = await screen.findByRole('listbox');
    const option = await within(listbox).findByRole('option', { name: /Seattle-Tacoma-Bellevue, WA/ });
    expect(listbox.querySelector('[data-focused]')).toBeNull();
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(option.hasAttribute('data-focused')).toBe(true));
  });

  it('is driven by the keyboard: type, ArrowDown, Enter; then Escape closes the list without leaking out', async () => {
    const outside = vi.fn();
    const user = userEvent.setup();
    render(<AddAreas onKeyDownOutside={outside} />);
    await user.click(box());
    await user.type(box(), 'seattle');
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: /Seattle-Tacoma-Bellevue, WA/ });
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box().getAttribute('aria-activedescendant')).toBeTruthy());
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('list', { name: 'Areas compared' })).getByText('Seattle-Tacoma-Bellevue, WA')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(outside).not.toHaveBeenCalled();
    // With the list closed, Escape is the page's again (a dialog around the box closes).
    await user.keyboard('{Escape}');
    expect(outside).toHaveBeenCalledTimes(1);
  });

  it('leaves the rest of the page readable to screen readers while the list is open', async () => {
    const user = userEvent.setup();
    render(<AddAreas />);
    await user.click(box());
    await user.type(box(), 'new york');
    await within(await screen.findByRole('listbox')).findByRole('option', { name: /New York-Newark-Jersey City/ });
    expect(hiddenFromScreenReaders(screen.getByText('Text after the picker'))).toBe(false);
    expect(hiddenFromScreenReaders(screen.getByRole('list', { name: 'Areas compared' }))).toBe(false);
    expect(document.querySelectorAll('[aria-hidden="true"]:not(svg), [inert]')).toHaveLength(0);
  });

  it('as a single choice, shows the chosen name and puts it back when the user leaves half-typed text', async () => {
    function One() {
      const [area, setArea] = useState<Chosen | null>(null);
      return (
        <>
          <AreaCombobox label="Area" value={area} onChange={(a) => setArea(a && { code: a.code, name: a.name })} />
          <button type="button">Next</button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<One />);
    await user.click(box('Area'));
    await user.type(box('Area'), 'boise');
    await user.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: /Boise City, ID/ }));
    expect(box('Area').value).toBe('Boise City, ID');
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.type(box('Area'), ' xyz');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(box('Area').value).toBe('Boise City, ID');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillPage } from '../../../renderer/src/features/skills/SkillPage';
import { connectRealCore } from './skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

describe('skill page', () => {
  it('shows the description, official resources, prerequisites with met/unmet, and the level meanings', async () => {
    await t.core.router.dispatch('progress.set', { skillId: 'linux-shell', level: 3 });
    render(<SkillPage params={{ id: 'kubernetes' }} />);
    expect(await screen.findByRole('heading', { name: 'Kubernetes', level: 1 })).toBeTruthy();
    expect(screen.getByText(/Orchestrating containers/)).toBeTruthy();
    const docs = screen.getByRole('link', { name: 'Kubernetes documentation' });
    expect(docs.getAttribute('href')).toBe('https://kubernetes.io/docs/home/');
    expect(docs.getAttribute('rel')).toBe('noreferrer');
    const prerequisites = within(screen.getByRole('list', { name: 'Prerequisites' }));
    expect(prerequisites.getByRole('link', { name: 'Docker' })).toBeTruthy();
    expect(prerequisites.getByText('not met yet')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'What the levels mean' })).getAllByRole('listitem')).toHaveLength(6);
  });

  it('changes level and status, and the history and level chart follow', async () => {
    const user = userEvent.setup();
    render(<SkillPage params={{ id: 'docker' }} />);
    await screen.findByRole('heading', { name: 'Docker', level: 1 });
    await user.selectOptions(screen.getByLabelText('Status'), 'learning');
    await user.selectOptions(screen.getByLabelText('Level'), '2');
    const history = within(await screen.findByRole('list', { name: 'History' }));
    await waitFor(() => expect(history.getByText('Level 0 → 2')).toBeTruthy());
    expect(history.getByText('Status Pending → Learning')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Docker: level over time/ })).toBeTruthy();
    expect(screen.getByLabelText('Level').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Beginner: can follow guides and make small changes with help.', { selector: '.field-hint' })).toBeTruthy();
  });

  it('shows notes as plain text: markup stays text and no element is created from it', async () => {
    const user = userEvent.setup();
    const { container } = render(<SkillPage params={{ id: 'redis' }} />);
    await user.click(await screen.findByRole('button', { name: 'Write a note' }));
    await user.type(screen.getByLabelText('Notes (Markdown)'), '# Cache{Enter}<img src=x onerror=alert(1)> **bold**');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Note saved.');
    const note = container.querySelector('.note-text');
    expect(note?.textContent).toBe('# Cache\n<img src=x onerror=alert(1)> **bold**');
    expect(note?.querySelector('img')).toBeNull();
  });

  it('corrects a study entry: the old one stays, struck through, and the total follows the correction', async () => {
    const logged = await t.core.router.dispatch('progress.logStudy', { skillId: 'go', date: '2026-01-05', minutes: 600 });
    expect(logged.ok).toBe(true);
    const user = userEvent.setup();
    render(<SkillPage params={{ id: 'go' }} />);
    // Dates read in the user's locale, like the date fields: "Jan 5, 2026" in en-US.
    const jan5 = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 0, 5));
    await user.click(await screen.findByRole('button', { name: `Correct the ${jan5} session` }));
    const minutes = screen.getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '60');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    await screen.findByText('1 h logged.', { exact: false });
    const items = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(items.map((li) => [li.textContent?.includes('60 min'), li.hasAttribute('data-superseded')])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('links another skill as a prerequisite, and refuses a link that would make a prerequisite cycle', async () => {
    const user = userEvent.setup();
    render(<SkillPage params={{ id: 'graphql' }} />);
    await screen.findByRole('heading', { name: 'GraphQL', level: 1 });
    const form = within(screen.getByRole('form', { name: 'Link a skill' }));
    await waitFor(() => expect(form.getByRole('option', { name: 'Rust' })).toBeTruthy());
    await user.selectOptions(form.getByLabelText('Skill'), 'rust');
    await user.selectOptions(form.getByLabelText('Relation'), 'prerequisite');
    await user.click(form.getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(form.getByRole('status').textContent).toBe('Link added.'));
    const prerequisites = within(await screen.findByRole('list', { name: 'Prerequisites' }));
    expect(prerequisites.getByRole('link', { name: 'Rust' })).toBeTruthy();

    // GraphQL now needs Rust, so Rust needing GraphQL would be a cycle.
    await user.selectOptions(form.getByLabelText('Skill'), 'rust');
    await user.selectOptions(form.getByLabelText('Relation'), 'unlocks');
    await user.click(form.getByRole('button', { name: 'Add link' }));
    expect(await form.findByText(/prerequisite cycle/)).toBeTruthy();
    const rust = await t.core.router.dispatch('skills.get', { id: 'rust' });
    if (!rust.ok) throw new Error(rust.error.message);
    const { prerequisites: rustNeeds, unlocks: rustUnlocks } = rust.value as { prerequisites: { id: string }[]; unlocks: { id: string }[] };
    expect(rustNeeds.map((s) => s.id)).not.toContain('graphql');
    expect(rustUnlocks.map((s) => s.id)).toContain('graphql');
  });
});

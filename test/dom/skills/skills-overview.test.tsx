import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SkillsScreen } from '../../../renderer/src/features/skills/SkillsScreen';
import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS } from '@shared/domain/skills';
import { connectRealCore } from './skills-dom-core';

// Whole screens against a real core on a real SQLite file: on a busy machine one test can take
// longer than vitest's 5 s default. The tests wait on conditions; this only bounds them.
vi.setConfig({ testTimeout: 30_000 });

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const call = async (method: string, input: unknown) => {
  const result = await t.core.router.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
};

describe('skills overview', () => {
  it('groups the catalog by category, each with its progress; only categories with something started are open', async () => {
    await call('progress.set', { skillId: 'go', level: 2, targetLevel: 4, status: 'learning' });
    await call('progress.logStudy', { skillId: 'go', date: '2026-01-05', minutes: 90 });
    render(<SkillsScreen />);

    const languages = await screen.findByRole('region', { name: 'Languages' });
    expect(within(languages).getByRole('button', { name: 'Languages' }).getAttribute('aria-expanded')).toBe('true');
    expect(languages.textContent).toMatch(/1 of \d+ tracked/);
    expect(languages.textContent).toContain('levels 2 of 4');
    expect(within(languages).getByRole('progressbar', { name: 'Languages: levels reached of levels aimed at' }).getAttribute('value')).toBe('2');
    expect(languages.textContent).toMatch(/1\.5 h logged/);
    // The started skill first; the others say "Not started", not "Pending 0 0 0".
    const rows = within(within(languages).getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByRole('link').textContent).toBe('Go');
    expect(rows[0]?.textContent).toContain('Learning');
    expect(rows.slice(1).every((row) => row.textContent?.includes('Not started') && !row.textContent.includes('Pending'))).toBe(true);

    // Every category is listed; those with nothing started are closed, their progress still shown.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(SKILL_CATEGORIES.map((c) => SKILL_CATEGORY_LABELS[c]));
    const databases = screen.getByRole('region', { name: 'Databases' });
    expect(within(databases).getByRole('button', { name: 'Databases' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(databases).queryByRole('table')).toBeNull();
    expect(databases.textContent).toMatch(/0 of \d+ tracked/);
    expect(screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/skills/')).length).toBeLessThan(20);

    const user = userEvent.setup();
    await user.click(within(databases).getByRole('button', { name: 'Databases' }));
    expect(within(databases).getByRole('link', { name: 'PostgreSQL' })).toBeTruthy();
  });

  it('keeps the categories opened for the session when the screen is left and reopened', async () => {
    const user = userEvent.setup();
    const first = render(<SkillsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Databases' }));
    first.unmount();

    render(<SkillsScreen />);
    expect((await screen.findByRole('button', { name: 'Databases' })).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Languages' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps its filters for the session when the screen is left and reopened', async () => {
    const first = render(<SkillsScreen />);
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search' }), { target: { value: 'redis' } });
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    expect(await screen.findByRole('link', { name: 'Redis' })).toBeTruthy();
    first.unmount();

    render(<SkillsScreen />);
    expect((await screen.findByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('redis');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('name');
    expect(await screen.findByRole('link', { name: 'Redis' })).toBeTruthy();
    expect(screen.getByText(/of \d+ skills match/)).toBeTruthy();
  });

  it('offers "Add your own skill" at the top of the screen, ready to type', async () => {
    const user = userEvent.setup();
    render(<SkillsScreen />);
    const add = await screen.findByRole('button', { name: 'Add your own skill' });
    const allSkills = screen.getByRole('heading', { name: 'All skills' });
    expect(add.compareDocumentPosition(allSkills) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(add);
    const form = screen.getByRole('form', { name: 'Add your own skill' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
  });
});

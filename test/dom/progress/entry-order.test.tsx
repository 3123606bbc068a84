import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { SkillPage } from '../../../renderer/src/features/skills/SkillPage';
import { connectRealCore } from '../skills/skills-dom-core';

// Whole screens against a real core on a real SQLite file: on a busy machine one test can take
// longer than vitest's 5 s default. The tests wait on conditions; this only bounds them.
vi.setConfig({ testTimeout: 30_000 });

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
  // Typed in this order; the dates say otherwise. "same day, later" is typed after "same day".
  for (const [date, note] of [
    ['2025-03-01', 'same day'],
    ['2025-01-10', 'oldest'],
    ['2025-05-20', 'newest'],
    ['2025-03-01', 'same day, later'],
  ] as const) {
    const logged = await t.core.router.dispatch('progress.logStudy', { skillId: 'go', date, minutes: 30, note });
    if (!logged.ok) throw new Error(logged.error.message);
  }
});
afterEach(() => t.core.dispose());

const EXPECTED = ['newest', 'same day, later', 'same day', 'oldest'];
const LONGEST_FIRST = [...EXPECTED].sort((a, b) => b.length - a.length);
const notesIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => LONGEST_FIRST.find((note) => li.textContent?.includes(note)) ?? li.textContent);

describe('study entries', () => {
  it('are listed on the skill page by date, newest first, then by time of entry', async () => {
    render(<SkillPage params={{ id: 'go' }} />);
    expect(notesIn(await screen.findByRole('list', { name: 'History' }))).toEqual(EXPECTED);
  });

  it('are listed in the dashboard’s latest entries by date, newest first, then by time of entry', async () => {
    render(<DashboardScreen />);
    expect(notesIn(await screen.findByRole('list', { name: 'Latest entries' }))).toEqual(EXPECTED);
  });
});

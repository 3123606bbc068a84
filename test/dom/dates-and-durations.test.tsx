import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '../../renderer/src/features/dashboard/DashboardScreen';
import { GoalsScreen } from '../../renderer/src/features/goals/GoalsScreen';
import { SkillPage } from '../../renderer/src/features/skills/SkillPage';
import { formatDate, formatHours, formatSeconds } from '../../renderer/src/format';
import { connectRealCore } from './skills/skills-dom-core';

// Whole screens against a real core on a real SQLite file: on a busy machine one test can take
// longer than vitest's 5 s default. The tests wait on conditions; this only bounds them.
vi.setConfig({ testTimeout: 30_000 });

/** What the user's locale writes for a calendar date, independently of the app's formatter. */
const localeDate = (y: number, m: number, d: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
const decimal = (n: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n);

describe('the formatter', () => {
  it('writes dates in the user’s locale and durations with their unit', () => {
    expect(formatDate('2026-01-05')).toBe(localeDate(2026, 1, 5));
    expect(formatHours(133 * 60)).toBe('133 h');
    expect(formatHours(6)).toBe(`${decimal(0.1)} h`);
    expect(formatHours(90)).toBe(`${decimal(1.5)} h`);
    expect(formatSeconds(0.12)).toBe(`${decimal(0.1)} s`);
    expect(formatSeconds(12.345)).toBe(`${decimal(12.3)} s`);
    expect(formatSeconds(0.01)).toBe(`< ${decimal(0.1)} s`);
  });
});

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Every text and every accessible label on the page: no date in them is written the database's way. */
function expectNoIsoDates() {
  const labels = [...document.body.querySelectorAll('[aria-label], [title]')].flatMap((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '']);
  expect([document.body.textContent ?? '', ...labels].filter((text) => ISO_DATE.test(text))).toEqual([]);
}

describe('dates on the screens', () => {
  let t: Awaited<ReturnType<typeof connectRealCore>>;
  beforeEach(async () => {
    t = await connectRealCore();
    for (const [method, input] of [
      ['progress.set', { skillId: 'go', level: 2, status: 'learning' }],
      ['progress.logStudy', { skillId: 'go', date: '2026-01-05', minutes: 90, note: 'channels' }],
      ['goals.create', { kind: 'custom', title: 'Give a talk', dueDate: '2030-06-01' }],
    ] as const) {
      const result = await t.core.router.dispatch(method, input);
      if (!result.ok) throw new Error(result.error.message);
    }
  });
  afterEach(() => t.core.dispose());

  it('are written in the user’s locale on the dashboard, in its lists, charts and their text alternatives', async () => {
    render(<DashboardScreen />);
    expect(await screen.findByText(localeDate(2026, 1, 5))).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Hours per week' })).toBeTruthy();
    expectNoIsoDates();
  });

  it('are written in the user’s locale on a skill’s page: history, its actions and the level chart', async () => {
    render(<SkillPage params={{ id: 'go' }} />);
    expect(await screen.findByRole('button', { name: `Correct the ${localeDate(2026, 1, 5)} session` })).toBeTruthy();
    expect(screen.getByText(`${decimal(1.5)} h logged.`, { exact: false })).toBeTruthy();
    expectNoIsoDates();
  });

  it('are written in the user’s locale on the goals screen', async () => {
    render(<GoalsScreen />);
    expect(await screen.findByText(new RegExp(`due ${localeDate(2030, 6, 1)}`))).toBeTruthy();
    expectNoIsoDates();
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ladder } from '@shared/domain/career-ladder';
import { rankLearnNext, type LearnNextData } from '@shared/domain/learn-next';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { LearnNext } from '../../../renderer/src/features/projection/LearnNext';
import { formatMoney } from '../../../renderer/src/format';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

/** Senior expects only system design at 3 here (every other default skill edited to 0), so learning it can bring senior within 5 years. */
async function seniorNeedsOnlySystemDesign() {
  await t.dispatch('profile.save', VALID_PROFILE);
  const ladder = (await t.dispatch('career.ladder')) as Ladder;
  const senior = ladder.tracks[0]?.levels.find((l) => l.levelId === 'senior');
  for (const s of senior?.skills ?? []) {
    if (s.skillId !== 'system-design') await t.dispatch('career.setLadderValue', { trackId: 'ic', levelId: 'senior', field: 'skill', skillId: s.skillId, value: 0 });
  }
}

async function ranking() {
  const data = (await t.dispatch('career.learnNextData')) as LearnNextData;
  if (!data.ready) throw new Error(data.reason);
  return rankLearnNext(data);
}

describe('what to learn next', () => {
  it('shows the top skill with the pure ranking’s numbers, and adds it to the active roadmap in one click', async () => {
    await seniorNeedsOnlySystemDesign();
    const roadmap = (await t.dispatch('roadmap.create', { name: 'Next steps' })) as RoadmapSummary;
    const expected = await ranking();
    const top = expected.rows[0];
    if (!top) throw new Error('no rows');
    expect(top.candidate.skillId).toBe('system-design');
    expect(top.gain).toBeGreaterThan(0);
    const money = (n: number) => formatMoney(n, expected.currency);

    const user = userEvent.setup();
    render(<LearnNext />);
    const list = await screen.findByRole('list', { name: 'Skills ranked by earnings gain per hour of study' });
    // Senior's promotion is held up by system design alone in the baseline, and the tab says so.
    expect(screen.getByText(`On your current plan, from year ${expected.waiting?.year} Senior waits for System design (level 3).`)).toBeTruthy();
    const first = within(within(list).getAllByRole('listitem')[0] as HTMLElement);
    expect(first.getByRole('heading', { level: 3 }).textContent).toMatch(/^System design level 0 → 3/);
    expect(first.getByText(`${money(top.perHour ?? 0)} per hour`)).toBeTruthy();
    const arithmetic = `Earnings over 5 years: ${money(top.withSkillEarnings)} − ${money(top.baselineEarnings)} = ${money(top.gain)}; ${money(top.gain)} ÷ 80 h = ${money(top.perHour ?? 0)} per hour of study.`;
    expect(first.getByText(arithmetic)).toBeTruthy();
    const earlier = top.earlier[0];
    expect(first.getByText(`Brings Senior in year ${earlier?.year} instead of not within 5 years.`)).toBeTruthy();
    // A skill that moves nothing says so.
    const still = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('Changes no promotion within 5 years: no gain.'));
    expect(still).toBeTruthy();

    await user.click(first.getByRole('button', { name: 'Add to roadmap: System design' }));
    await waitFor(async () => {
      const view = (await t.dispatch('roadmap.get', { id: roadmap.id })) as RoadmapView;
      expect(view.items.find((i) => i.skillId === 'system-design')).toMatchObject({ targetLevel: 3, status: 'planned' });
    });
    // The ranking reloads: the skill is now part of the plan it is measured against.
    await waitFor(() => expect(screen.getByText('On your roadmap (to level 3 or above).')).toBeTruthy());
  });

  it('without an active roadmap says so and links to the Roadmap screen', async () => {
    await seniorNeedsOnlySystemDesign();
    render(<LearnNext />);
    const link = await screen.findByRole('link', { name: 'start or choose one on the Roadmap screen' });
    expect(link.getAttribute('href')).toBe('/roadmap');
    expect(screen.queryByRole('button', { name: /^Add to roadmap/ })).toBeNull();
  });

  it('without a profile says what to do first', async () => {
    render(<LearnNext />);
    expect(await screen.findByText(/Fill in your profile/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit your profile' }).getAttribute('href')).toBe('/profile');
  });
});

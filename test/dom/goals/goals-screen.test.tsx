import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, addMonths, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndoNotice } from '../../../renderer/src/components/UndoNotice';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const inTwoMonths = iso(addMonths(new Date(), 2));
/** How the screen writes a date: the user's locale, worked out here independently of the app's formatter. */
const shown = (d: Date) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(d);

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const dispatch = (method: string, input?: unknown) => t.dispatch(method, input);

function renderGoals() {
  render(
    <>
      <GoalsScreen />
      <UndoNotice />
    </>,
  );
}

const goalItem = (title: string) => screen.findByRole('listitem', { name: title });

describe('goals screen', () => {
  it('shows the target and where the profile stands for salary and career goals, and no track where nothing can measure one', async () => {
    await dispatch('profile.save', VALID_PROFILE);
    await dispatch('goals.create', { kind: 'salary', title: 'Reach 200k', targetSalary: 200000, dueDate: inTwoMonths });
    await dispatch('goals.create', { kind: 'career-level', title: 'Make senior', careerLevel: 'senior', dueDate: inTwoMonths });
    await dispatch('goals.create', { kind: 'custom', title: 'Give a talk', dueDate: inTwoMonths });
    await dispatch('goals.create', { kind: 'skill-level', title: 'Go basics', skillId: 'go', targetLevel: 1, dueDate: inTwoMonths });
    renderGoals();

    const salary = await goalItem('Reach 200k');
    expect(salary.textContent).toContain('target $200,000');
    expect(salary.textContent).toContain('now $150,000 (your profile)');
    const career = await goalItem('Make senior');
    expect(career.textContent).toContain('target Senior · now Mid-level (your profile)');
    for (const item of [salary, career, await goalItem('Give a talk')]) {
      expect(item.querySelector('.badge'), item.getAttribute('aria-label') ?? '').toBeNull();
      expect(item.textContent).not.toMatch(/On track|Behind/);
    }
    expect((await goalItem('Go basics')).querySelector('.badge')?.textContent).toBe('On track');
  });

  it('edits a goal in place: new title and target; a completed goal whose new target is not reached reopens, and the form says it would', async () => {
    await dispatch('goals.create', { kind: 'skill-level', title: 'Docker 1', skillId: 'docker', targetLevel: 1, dueDate: inTwoMonths });
    await dispatch('progress.set', { skillId: 'docker', level: 1 });
    const user = userEvent.setup();
    renderGoals();
    const item = await goalItem('Docker 1');
    expect(item.querySelector('.badge')?.textContent).toMatch(/^Done /);

    await user.click(within(item).getByRole('button', { name: 'Edit goal Docker 1' }));
    const form = within(screen.getByRole('form', { name: 'Edit goal Docker 1' }));
    expect(form.getByText(/checks it again against your data now: it stays done if your data reaches the new target and reopens if not/)).toBeTruthy();
    await user.clear(form.getByLabelText('Title'));
    await user.type(form.getByLabelText('Title'), 'Docker 3');
    await user.selectOptions(form.getByLabelText('Target level'), '3');
    await user.click(form.getByRole('button', { name: 'Save goal' }));

    const edited = await goalItem('Docker 3');
    expect(screen.queryByRole('listitem', { name: 'Docker 1' })).toBeNull();
    expect(edited.textContent).toContain('Docker to level 3 · now level 1');
    expect(edited.querySelector('.badge')?.textContent).toMatch(/On track|Behind/);
  });

  it('refuses an edit beside the field and keeps the goal as it was', async () => {
    await dispatch('goals.create', { kind: 'custom', title: 'Talk', dueDate: inTwoMonths });
    const user = userEvent.setup();
    renderGoals();
    await user.click(within(await goalItem('Talk')).getByRole('button', { name: 'Edit goal Talk' }));
    const form = within(screen.getByRole('form', { name: 'Edit goal Talk' }));
    await user.clear(form.getByLabelText('Due date'));
    await user.type(form.getByLabelText('Due date'), iso(addDays(new Date(), -3)));
    await user.click(form.getByRole('button', { name: 'Save goal' }));
    expect(await form.findByText(/Due date cannot be in the past/)).toBeTruthy();
    await user.click(form.getByRole('button', { name: 'Cancel' }));
    expect((await goalItem('Talk')).textContent).toContain(`due ${shown(addMonths(new Date(), 2))}`);
  });

  it('deletes at once and offers Undo, which brings the goal back', async () => {
    await dispatch('goals.create', { kind: 'custom', title: 'Write a blog post', dueDate: inTwoMonths, note: 'on sagas' });
    const user = userEvent.setup();
    renderGoals();
    await user.click(within(await goalItem('Write a blog post')).getByRole('button', { name: 'Delete goal Write a blog post' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Write a blog post' })).toBeNull());
    const message = await screen.findByText('Goal “Write a blog post” deleted.');
    const notice = within(message.closest('[role="status"]') as HTMLElement);

    await user.click(notice.getByRole('button', { name: 'Undo' }));
    const back = await goalItem('Write a blog post');
    expect(back.textContent).toContain('on sagas');
    expect(screen.queryByText('Goal “Write a blog post” deleted.')).toBeNull();
  });
});

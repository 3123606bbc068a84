import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndoNotice } from '../../../renderer/src/components/UndoNotice';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { SkillPage } from '../../../renderer/src/features/skills/SkillPage';
import { SkillsScreen } from '../../../renderer/src/features/skills/SkillsScreen';
import { useAppStore } from '../../../renderer/src/store';
import { connectRealCore } from './skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => t.core.dispose());

async function dispatch<T = unknown>(method: string, input?: unknown): Promise<T> {
  const result = await t.core.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function temporal(): Promise<string> {
  const { id } = await dispatch<{ id: string }>('skills.createCustom', { name: 'Temporal workflows', category: 'architecture', estimatedHours: 30 });
  return id;
}

describe('a custom skill’s page', () => {
  it('calls its estimate the user’s own, never the catalog’s', async () => {
    const id = await temporal();
    render(<SkillPage params={{ id }} />);
    const estimate = within(await screen.findByRole('form', { name: 'Estimate' }));
    expect(estimate.getByText('Your estimate.')).toBeTruthy();
    expect(estimate.queryByText(/catalog/)).toBeNull();
  });

  it('names the skills, not their ids, when a link would make a prerequisite cycle', async () => {
    const id = await temporal();
    await dispatch('skills.addEdge', { from: 'microservices', to: id, kind: 'prerequisite' });
    const user = userEvent.setup();
    render(<SkillPage params={{ id }} />);
    const form = within(await screen.findByRole('form', { name: 'Link a skill' }));
    await waitFor(() => expect(form.getByRole('option', { name: 'Microservices' })).toBeTruthy());
    await user.selectOptions(form.getByLabelText('Skill'), 'microservices');
    await user.selectOptions(form.getByLabelText('Relation'), 'unlocks');
    await user.click(form.getByRole('button', { name: 'Add link' }));
    const error = await form.findByText(/prerequisite cycle/);
    expect(error.textContent).toMatch(/Temporal workflows → Microservices → Temporal workflows|Microservices → Temporal workflows → Microservices/);
    expect(error.textContent).not.toContain(id);
  });

  it('removes the user’s own links; catalog links have no Remove', async () => {
    await dispatch('skills.addEdge', { from: 'rust', to: 'graphql', kind: 'prerequisite' });
    const user = userEvent.setup();
    render(<SkillPage params={{ id: 'graphql' }} />);
    const prerequisites = within(await screen.findByRole('list', { name: 'Prerequisites' }));
    expect(prerequisites.queryByRole('button', { name: 'Remove your link to REST API design' })).toBeNull();
    await user.click(prerequisites.getByRole('button', { name: 'Remove your link to Rust' }));
    await waitFor(() => expect(prerequisites.queryByRole('link', { name: 'Rust' })).toBeNull());
    expect(prerequisites.getByRole('link', { name: 'REST API design' })).toBeTruthy();
  });

  it('deletes the skill with Undo offered and goes to the skills list; its page keeps the history, read-only', async () => {
    const id = await temporal();
    await dispatch('progress.logStudy', { skillId: id, date: format(new Date(), 'yyyy-MM-dd'), minutes: 45, note: 'sagas' });
    const user = userEvent.setup();
    render(
      <>
        <SkillPage params={{ id }} />
        <UndoNotice />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete skill' }));
    await waitFor(() => expect(window.location.pathname).toBe('/skills'));
    expect(await screen.findByText('Skill “Temporal workflows” deleted.')).toBeTruthy();

    // Its page, if opened again (say from the log), keeps the history and offers to restore.
    expect(await screen.findByRole('heading', { name: /You deleted this skill on/ })).toBeTruthy();
    const history = within(screen.getByRole('list', { name: 'History' }));
    expect(history.getByText(/Studied 45 min — sagas/)).toBeTruthy();
    expect(history.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log study' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Restore skill' }));
    expect(await screen.findByRole('button', { name: 'Delete skill' })).toBeTruthy();
  });

  it('Undo on the skills screen puts the deleted skill back in the list', { timeout: 30_000 }, async () => {
    const id = await temporal();
    const user = userEvent.setup();
    render(
      <>
        <SkillsScreen />
        <UndoNotice />
      </>,
    );
    // A category with nothing started is closed: open Architecture to see the skill.
    await user.click(await screen.findByRole('button', { name: 'Architecture' }));
    await screen.findByRole('link', { name: 'Temporal workflows' });
    await useAppStore.getState().deleteCustomSkill(id);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Temporal workflows' })).toBeNull());
    const message = await screen.findByText('Skill “Temporal workflows” deleted.');
    await user.click(within(message.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Temporal workflows' })).toBeTruthy();
    expect(screen.queryByText('Skill “Temporal workflows” deleted.')).toBeNull();
  });

  it('marks the deleted skill’s entries in the dashboard’s latest entries', async () => {
    const id = await temporal();
    await dispatch('progress.logStudy', { skillId: id, date: format(new Date(), 'yyyy-MM-dd'), minutes: 20 });
    await dispatch('skills.deleteCustom', { id });
    render(<DashboardScreen />);
    const latest = within(await screen.findByRole('list', { name: 'Latest entries' }));
    expect(latest.getByRole('listitem').textContent).toContain('Temporal workflows (deleted): Studied 20 min');
  });

  it('tells the user about a link that was turned off, on the skill page and on the skills screen, and removes it', { timeout: 30_000 }, async () => {
    const id = await temporal();
    await dispatch('skills.addEdge', { from: 'docker', to: id, kind: 'prerequisite' });
    await dispatch('skills.addEdge', { from: id, to: 'go', kind: 'prerequisite' });
    await dispatch('skills.deleteCustom', { id });
    await dispatch('skills.addEdge', { from: 'go', to: 'docker', kind: 'prerequisite' });
    await dispatch('skills.restoreCustom', { id });

    const user = userEvent.setup();
    const skillPage = render(<SkillPage params={{ id: 'go' }} />);
    const turnedOff = within(await screen.findByRole('list', { name: 'Links turned off' }));
    expect(turnedOff.getByText('Go is a prerequisite of Docker')).toBeTruthy();
    expect(turnedOff.getByText(/Turned off when “Temporal workflows” was restored: it would close the prerequisite cycle/)).toBeTruthy();
    skillPage.unmount();

    render(<SkillsScreen />);
    const notice = within((await screen.findByRole('heading', { name: 'Some of your links were turned off' })).closest('section') as HTMLElement);
    await user.click(notice.getByRole('button', { name: 'Remove the link: Go is a prerequisite of Docker' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Some of your links were turned off' })).toBeNull());
    expect(await dispatch('skills.disabledEdges')).toEqual([]);
  });
});

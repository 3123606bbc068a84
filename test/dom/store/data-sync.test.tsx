import { render, screen, waitFor, within } from '@testing-library/react';
import { addMonths, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { useAppStore } from '../../../renderer/src/store';
import { VIEWS, viewsFor } from '../../../renderer/src/store/data-sync';
import { DATA_DOMAINS, contract } from '@shared/ipc/contract';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

// Writes here go straight to the core, as from another part of the app: no screen action asks for
// a reload, so what the screens show can only follow through core's dataChanged event.

const inTwoMonths = format(addMonths(new Date(), 2), 'yyyy-MM-dd');
const today = format(new Date(), 'yyyy-MM-dd');

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const dispatch = (method: string, input?: unknown) => t.dispatch(method, input);

describe('one refresh path: dataChanged', () => {
  it('the dashboard shows a study session logged elsewhere', async () => {
    render(<DashboardScreen />);
    await screen.findByRole('heading', { name: 'Latest entries' });
    await dispatch('progress.logStudy', { skillId: 'postgresql', date: today, minutes: 90 });
    const latest = await screen.findByRole('list', { name: 'Latest entries' });
    expect(within(latest).getByRole('link', { name: 'PostgreSQL' })).toBeTruthy();
  });

  it('a goal the data reaches shows as done on the goals screen, without reloading it by hand', async () => {
    await dispatch('goals.create', { kind: 'skill-level', title: 'SQL to 3', skillId: 'sql', targetLevel: 3, dueDate: inTwoMonths });
    render(<GoalsScreen />);
    const goal = await screen.findByRole('listitem', { name: 'SQL to 3' });
    expect(within(goal).queryByText(/^Done/)).toBeNull();
    await dispatch('progress.set', { skillId: 'sql', level: 3 });
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'SQL to 3' })).getByText(/Done/)).toBeTruthy());
  });

  it('a saved profile reaches every loaded view that shows it', async () => {
    render(<DashboardScreen />);
    await screen.findByRole('heading', { name: 'Latest entries' });
    await useAppStore.getState().loadProfile();
    expect(useAppStore.getState().profile).toBeNull();
    await dispatch('profile.save', VALID_PROFILE);
    await waitFor(() => expect(useAppStore.getState().profile?.currentSalary).toBe(VALID_PROFILE.currentSalary));
  });

  it('every domain a write can change has a view that reloads, and every write names what it changes', () => {
    for (const domain of DATA_DOMAINS) expect(viewsFor([domain]).length, domain).toBeGreaterThan(0);
    const table = contract as unknown as Record<string, Record<string, { kind: string; changes?: readonly string[] }>>;
    for (const [domain, methods] of Object.entries(table)) {
      for (const [name, spec] of Object.entries(methods)) {
        if (spec.kind !== 'query') expect(spec.changes?.length, `${domain}.${name}`).toBeGreaterThan(0);
      }
    }
    expect(new Set(VIEWS.map((v) => v.name)).size).toBe(VIEWS.length);
  });
});

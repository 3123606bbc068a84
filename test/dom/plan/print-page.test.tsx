import { screen, within } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/src/api';
import { startPrintPage } from '../../../renderer/src/print/print-page';
import { publishPrinter } from '../../../renderer/src/print/print-ready';
import { useAppStore } from '../../../renderer/src/store';
import { buildApi } from '@shared/ipc/api';
import { CONTRACT_NAMES } from '@shared/ipc/methods';
import type { Transport } from '@shared/ipc/types';
import { openTempCore, VALID_PROFILE } from '../../support/temp-core';

const initialState = useAppStore.getState();

/**
 * A real core behind the renderer's api, with no events: the print page does not follow data
 * changes (it has no data sync), so what it prints must come from its own read at print time.
 */
async function connectCore() {
  const core = await openTempCore();
  const invoke = vi.fn<Transport['invoke']>((path, input) => core.router.dispatch(path, structuredClone(input)));
  setApi(buildApi({ invoke, subscribe: () => () => undefined }, CONTRACT_NAMES));
  useAppStore.setState(initialState, true);
  const dispatch = async (method: string, input?: unknown) => {
    const result = await core.router.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return { core, invoke, dispatch, calls: (method: string) => invoke.mock.calls.filter(([path]) => path === method) };
}

let real: Awaited<ReturnType<typeof connectCore>>;
let root: Root;
let container: HTMLElement;

// The page renders on its own schedule and waits for its commit, as in a browser: inside act() that
// commit would only come once the print had settled, so React runs here as it does outside tests.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;

beforeEach(async () => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  real = await connectCore();
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
  real.core.dispose();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

const GOALS = '/print?paper=a4&sections=goals';

describe('the print page a host keeps open between exports', () => {
  it('reads the plan again at every print, so a second export shows what changed since the first', async () => {
    const print = startPrintPage(root);
    await print(GOALS);
    const document = screen.getByRole('article', { name: 'Career plan' });
    expect(within(document).getByText(/No goals yet/)).toBeTruthy();

    await real.dispatch('profile.save', VALID_PROFILE);
    await real.dispatch('goals.create', { kind: 'custom', title: 'Give a conference talk', dueDate: '2027-06-30' });
    await print(GOALS);
    expect(within(screen.getByRole('article', { name: 'Career plan' })).getByText('Give a conference talk')).toBeTruthy();
    expect(real.calls('plan.document')).toHaveLength(2);
    expect(window.document.documentElement.dataset.theme).toBe('light');
  });

  it('draws only the sections the route names, replacing the last document', async () => {
    const print = startPrintPage(root);
    await print('/print?paper=a4&sections=goals,roadmap');
    expect(screen.getByRole('heading', { name: 'Roadmap' })).toBeTruthy();
    await print(GOALS);
    expect(screen.getAllByRole('article', { name: 'Career plan' })).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Roadmap' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Goals' })).toBeTruthy();
  });

  it('rejects with a sentence, and says it on the page, when the plan cannot be read', async () => {
    real.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'disk on fire' } });
    const print = startPrintPage(root);
    await expect(print(GOALS)).rejects.toThrow('The plan could not be read: disk on fire');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('disk on fire');
  });

  it('prints a route it was opened on at once, and waits for the host on a bare #/print', async () => {
    const routes: string[] = [];
    const fakeWindow = (hash: string) => ({ location: { hash } }) as unknown as Window;
    const opened = fakeWindow(`#${GOALS}`);
    publishPrinter(async (route) => (routes.push(route), 'ready'), opened);
    await expect(opened.trajectoryPrintReady).resolves.toBe('ready');
    const standby = fakeWindow('#/print');
    publishPrinter(async (route) => (routes.push(route), 'ready'), standby);
    expect(standby.trajectoryPrintReady).toBeUndefined();
    await standby.trajectoryPrint?.('/print?paper=letter&sections=cover');
    expect(routes).toEqual([GOALS, '/print?paper=letter&sections=cover']);
  });
});

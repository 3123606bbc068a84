import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { preloadFirstScreen } from '../../../renderer/src/first-screen';
import { RecoveryGate } from '../../../renderer/src/RecoveryGate';
import { useAppStore } from '../../../renderer/src/store';
import { forgetPrefetched } from '../../../renderer/src/store/use-load';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

// A real core on a real SQLite file; on a busy machine a render can take seconds.
vi.setConfig({ testTimeout: 30_000 });

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
  await t.dispatch('profile.save', VALID_PROFILE);
  t.invoke.mockClear();
});
afterEach(() => {
  forgetPrefetched();
  t.core.dispose();
});

/** Holds back core's answers to `method` until release() is called. */
function holdBack(method: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  t.invoke.mockImplementation(async (path, input) => {
    if (path === method) await gate;
    return t.core.router.dispatch(path, structuredClone(input));
  });
  return () => release();
}

describe('the dashboard as the first screen', () => {
  it('takes over the requests started at start-up instead of sending its own', async () => {
    preloadFirstScreen('#/');
    render(
      <RecoveryGate>
        <DashboardScreen />
      </RecoveryGate>,
    );
    await screen.findByTestId('standing');
    await screen.findByRole('heading', { name: 'This week' });
    for (const method of ['recovery.status', 'dashboard.firstScreen']) expect(t.calls(method), method).toHaveLength(1);
  });

  it('asks for the profile, the summary and the salary standing in one request, and draws them together', async () => {
    const release = holdBack('dashboard.firstScreen');
    preloadFirstScreen('#/');
    render(<DashboardScreen />);
    expect(await screen.findByText('Loading your profile…')).toBeTruthy();
    release();
    // The profile card comes with its standing and the progress cards: no later answer to wait for.
    await screen.findByRole('heading', { name: 'Where you are' });
    expect(screen.getByTestId('standing').textContent).toContain('percentile');
    expect(screen.getByRole('heading', { name: 'This week' })).toBeTruthy();
    for (const method of ['profile.get', 'dashboard.summary', 'salary.bands']) expect(t.calls(method), method).toHaveLength(0);
    expect(t.calls('dashboard.firstScreen')).toHaveLength(1);
  });

  it('draws once, with its data: no loading state shows while the start-up requests are answered', async () => {
    const release = holdBack('dashboard.firstScreen');
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('Loading your profile…')) seen.push('loading');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    preloadFirstScreen('#/');
    render(
      <RecoveryGate>
        <DashboardScreen />
      </RecoveryGate>,
    );
    // Core's start-up answer is in; the first screen's is held back.
    await waitFor(() => expect(useAppStore.getState().recoveryKnown).toBe(true));
    release();
    await screen.findByRole('heading', { name: 'Where you are' });
    observer.disconnect();
    expect(seen).toEqual([]);
    expect(screen.getByTestId('standing').textContent).toContain('percentile');
  });

  it('shows the screen loading when the first screen’s answer is slow, rather than nothing', async () => {
    const release = holdBack('dashboard.firstScreen');
    preloadFirstScreen('#/');
    render(
      <RecoveryGate>
        <DashboardScreen />
      </RecoveryGate>,
    );
    expect(await screen.findByText('Loading your profile…', undefined, { timeout: 10_000 })).toBeTruthy();
    release();
    expect(await screen.findByRole('heading', { name: 'Where you are' })).toBeTruthy();
  });

  it('asks again for what it would have taken over once the window left it before it showed', async () => {
    preloadFirstScreen('#/');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    render(<DashboardScreen />);
    await screen.findByRole('heading', { name: 'This week' });
    expect(t.calls('dashboard.firstScreen')).toHaveLength(2);
  });

  it('asks for the study charts’ data (and chart.js) only once the cards above them are on screen', async () => {
    const release = holdBack('dashboard.firstScreen');
    render(<DashboardScreen />);
    expect(await screen.findByText('Loading your study charts…')).toBeTruthy();
    expect(t.calls('progress.stats')).toHaveLength(0);
    release();
    await screen.findByRole('heading', { name: 'This week' });
    expect(await screen.findByRole('table', { name: 'Hours per week' })).toBeTruthy();
    expect(t.calls('progress.stats')).toHaveLength(1);
  });
});

import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countIntlFormatters, type IntlBuilt } from '../support/count-intl';

// Counts the Intl formatters built by the module under test, imported afresh in each test.
const built: IntlBuilt = { number: 0, date: 0 };
let restoreIntl = () => {};
beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'] });
  restoreIntl = countIntlFormatters(built);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  restoreIntl();
});

async function mountIn(language: string) {
  vi.stubGlobal('navigator', { ...navigator, language });
  const { useWarmFormattersWhenIdle } = await import('../../renderer/src/warm-formatters');
  function Screen() {
    useWarmFormattersWhenIdle();
    return <p>Dashboard</p>;
  }
  return render(<Screen />);
}

describe('the formatters the other screens use', () => {
  it('in en-US, are built once the first screen has been drawn and the window is idle, not before', async () => {
    await mountIn('en-US');
    expect(built).toEqual({ number: 0, date: 0 });
    vi.advanceTimersToNextFrame();
    expect(built).toEqual({ number: 0, date: 0 });
    vi.runAllTimers();
    expect(built).toEqual({ number: 1, date: 1 });
  });

  it('are not built when the screen is gone before the window is idle', async () => {
    const view = await mountIn('en-US');
    vi.advanceTimersToNextFrame();
    view.unmount();
    vi.runAllTimers();
    expect(built).toEqual({ number: 0, date: 0 });
  });

  it('in other locales, are left to the entry (it builds them while core answers)', async () => {
    await mountIn('fr-FR');
    vi.runAllTimers();
    expect(built).toEqual({ number: 0, date: 0 });
  });
});

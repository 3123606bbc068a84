import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the Intl formatters built, by wrapping the constructors the modules under test see.
const built = { number: 0, date: 0 };
const { NumberFormat, DateTimeFormat } = Intl;
beforeEach(() => {
  built.number = 0;
  built.date = 0;
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'] });
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof NumberFormat>) {
      built.number++;
      return new target(...args);
    },
  });
  Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
    construct(target, args: ConstructorParameters<typeof DateTimeFormat>) {
      built.date++;
      return new target(...args);
    },
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Intl.NumberFormat = NumberFormat;
  Intl.DateTimeFormat = DateTimeFormat;
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

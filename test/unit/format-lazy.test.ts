import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countIntlFormatters, type IntlBuilt } from '../support/count-intl';

// Counts the Intl formatters built by the module under test, imported afresh in each test.
const built: IntlBuilt = { number: 0, date: 0 };
let restoreIntl = () => {};
/** The real constructors, for the expected texts: what they build is not counted. */
const { NumberFormat, DateTimeFormat } = Intl;
beforeEach(() => {
  vi.resetModules();
  restoreIntl = countIntlFormatters(built);
});
afterEach(() => {
  vi.unstubAllGlobals();
  restoreIntl();
});

const load = () => import('../../renderer/src/format');
/** The module as a window whose language is `language` loads it. */
const loadIn = (language: string) => {
  vi.stubGlobal('navigator', { language });
  return load();
};

describe('the renderer’s formatters', () => {
  it('builds none when the module is imported (the entry imports it before sending the first requests)', async () => {
    await loadIn('fr-FR');
    expect(built).toEqual({ number: 0, date: 0 });
  });

  it('in en-US, writes the first screens’ figures as Intl would, without building a formatter', async () => {
    const format = await loadIn('en-US');
    expect(format.firstScreenNeedsIntl).toBe(false);
    expect(format.formatDecimal(1.25)).toBe(new NumberFormat('en-US', { maximumFractionDigits: 1 }).format(1.25));
    expect(format.formatInteger(1234567.5)).toBe('1,234,568');
    expect(format.formatHours(90)).toBe('1.5 h');
    expect(format.formatMoney(149_999.6, 'USD')).toBe('$150,000');
    expect(format.formatDate('2026-01-05')).toBe('Jan 5, 2026');
    expect(built).toEqual({ number: 0, date: 0 });
    // Outside what it writes itself: Intl, built on first use.
    expect(format.formatMoney(10, 'EUR')).toBe(new NumberFormat('en-US', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(10));
    expect(format.formatDecimal(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(format.formatWeekday('2026-01-05')).toBe('Mon');
    expect(built).toEqual({ number: 2, date: 1 });
    expect(() => format.formatDate('2026-02-30')).toThrow(RangeError);
  });

  it('in another locale, builds each on first use, once, and formats in that locale', async () => {
    const format = await loadIn('fr-FR');
    expect(format.firstScreenNeedsIntl).toBe(true);
    expect(format.formatLocale).toBe('fr-FR');
    expect(format.formatDecimal(1234.25)).toBe(new NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(1234.25));
    expect(format.formatHours(90)).toBe(`${new NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(1.5)} h`);
    expect(built).toEqual({ number: 1, date: 0 });
    expect(format.formatDate('2026-01-05')).toBe(new DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(2026, 0, 5)));
    expect(format.formatDate('2026-02-05')).toBe(new DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(2026, 1, 5)));
    expect(built).toEqual({ number: 1, date: 1 });
  });

  it('builds one money formatter per currency, not one per amount', async () => {
    const format = await loadIn('de-DE');
    const usd = new NumberFormat('de-DE', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect([format.formatMoney(150_000, 'USD'), format.formatMoney(99.6, 'USD')]).toEqual([usd.format(150_000), usd.format(99.6)]);
    expect(format.formatMoney(10, 'EUR')).toBe(new NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(10));
    expect(built.number).toBe(2);
    expect(() => format.formatMoney(1, 'not a currency')).toThrow(RangeError);
  });

  it('warmFormatters builds the formatters the screens and the printed plan use most, ahead of their use', async () => {
    const format = await loadIn('fr-FR');
    format.warmFormatters();
    expect(built).toEqual({ number: 1, date: 1 });
    format.formatDecimal(2);
    format.formatDate('2026-01-05');
    expect(built).toEqual({ number: 1, date: 1 });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the Intl formatters built, by wrapping the constructors the module under test sees.
const built = { number: 0, date: 0 };
const { NumberFormat, DateTimeFormat } = Intl;
beforeEach(() => {
  built.number = 0;
  built.date = 0;
  vi.resetModules();
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
  Intl.NumberFormat = NumberFormat;
  Intl.DateTimeFormat = DateTimeFormat;
});

const load = () => import('../../renderer/src/format');

describe('the renderer’s formatters', () => {
  it('builds none when the module is imported (the entry imports it before sending the first requests)', async () => {
    await load();
    expect(built).toEqual({ number: 0, date: 0 });
  });

  it('builds each on first use, once, and formats as before', async () => {
    const format = await load();
    expect(format.formatDecimal(1.25)).toBe(new NumberFormat(undefined, { maximumFractionDigits: 1 }).format(1.25));
    expect(format.formatHours(90)).toBe(`${new NumberFormat(undefined, { maximumFractionDigits: 1 }).format(1.5)} h`);
    expect(built).toEqual({ number: 1, date: 0 });
    expect(format.formatDate('2026-01-05')).toBe(new DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 0, 5)));
    expect(format.formatDate('2026-02-05')).toBe(new DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 1, 5)));
    expect(built).toEqual({ number: 1, date: 1 });
  });

  it('builds one money formatter per currency, not one per amount', async () => {
    const format = await load();
    const usd = new NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect([format.formatMoney(150_000, 'USD'), format.formatMoney(99.6, 'USD')]).toEqual([usd.format(150_000), usd.format(99.6)]);
    expect(format.formatMoney(10, 'EUR')).toBe(new NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(10));
    expect(built.number).toBe(2);
    expect(() => format.formatMoney(1, 'not a currency')).toThrow(RangeError);
  });

  it('warmFormatters builds the formatters the first screens and the printed plan use first, ahead of their use', async () => {
    const format = await load();
    format.warmFormatters();
    expect(built).toEqual({ number: 1, date: 1 });
    format.formatDecimal(2);
    format.formatDate('2026-01-05');
    expect(built).toEqual({ number: 1, date: 1 });
  });
});

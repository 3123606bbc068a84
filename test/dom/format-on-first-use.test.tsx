import { afterEach, describe, expect, it, vi } from 'vitest';

const RealNumberFormat = Intl.NumberFormat;
const RealDateTimeFormat = Intl.DateTimeFormat;
const made = { numbers: 0, dates: 0 };

afterEach(() => {
  Intl.NumberFormat = RealNumberFormat;
  Intl.DateTimeFormat = RealDateTimeFormat;
  vi.resetModules();
});

/** Counts the formatters made; each still formats as the real one does. */
function countFormatters() {
  made.numbers = 0;
  made.dates = 0;
  Intl.NumberFormat = class extends RealNumberFormat {
    constructor(...args: ConstructorParameters<typeof RealNumberFormat>) {
      super(...args);
      made.numbers += 1;
    }
  } as typeof Intl.NumberFormat;
  Intl.DateTimeFormat = class extends RealDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
      super(...args);
      made.dates += 1;
    }
  } as typeof Intl.DateTimeFormat;
}

describe('format: formatters made on first use', () => {
  it('makes no Intl formatter when the module loads (the entry asks for data first), then one per kind, reused', async () => {
    vi.resetModules();
    countFormatters();
    const format = await import('../../renderer/src/format');
    expect(made).toEqual({ numbers: 0, dates: 0 });

    expect(format.formatDecimal(1.25)).toBe(new RealNumberFormat(undefined, { maximumFractionDigits: 1 }).format(1.25));
    format.formatDecimal(2);
    format.formatHours(90);
    expect(made.numbers).toBe(1);

    format.prepareFormats();
    expect(made.dates).toBe(1);
    expect(format.formatDate('2026-11-29')).toBe(new RealDateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 10, 29)));
    expect(made).toEqual({ numbers: 1, dates: 1 });
  });
});

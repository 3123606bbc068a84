/** How many Intl formatters were built, of each kind, since the count began. */
export interface IntlBuilt {
  number: number;
  date: number;
}

/**
 * Counts into `built` (from zero) the Intl.NumberFormat and Intl.DateTimeFormat built from now on,
 * by wrapping the constructors a module imported afterwards sees. Returns what puts them back.
 */
export function countIntlFormatters(built: IntlBuilt): () => void {
  const { NumberFormat, DateTimeFormat } = Intl;
  built.number = 0;
  built.date = 0;
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
  return () => {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
  };
}

// Hostile values for the IPC fuzz tests: what a compromised renderer, a buggy client or a
// hand-made HTTP request could send through the contract.
import fc from 'fast-check';

/** Nested `depth` levels deep, built in a loop (a recursive builder would overflow first). */
export function deepArray(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export function deepObject(depth: number, key = 'a', leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

export const MB = 1024 * 1024;
/** Made once: 10 MB of text costs time to build and memory to hold. */
export const TEN_MB = 'x'.repeat(10 * MB);

/** Parsed from JSON so `__proto__` is an own key, as JSON.parse (web host) and structured clone (IPC) make it. */
export const protoPayloads = (): unknown[] => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}, "__proto__": null}'),
  JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}, "b": [{"__proto__": {"toString": "x"}}]}'),
  Object.assign(Object.create(null) as object, { toString: 'not a function', valueOf: 1, hasOwnProperty: 'nope' }),
];

/** At and around the contract's bounds (hours, minutes, levels, years, percentiles, money), where services meet their edge cases. */
const boundaryNumbers = [0, 1, 2, 3, 4, 5, 6, 20, 40, 41, 60, 80, 99, 100, 500, 501, 1440, 5000, 9_999_999, 10_000_000, 0.3, -0.2, 0.5, 0.0001];

const specialNumbers = [NaN, Infinity, -Infinity, -0, -1, -0.5, -1e308, 1e308, 5e-324, 0.1, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, -120000, 10_000_001, 1e15];

const specialStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  "' OR 1=1 --",
  '1; DROP TABLE goals; --',
  '\uD800',
  '\u202Eevil',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-1',
  '1e999',
  '0x10',
  // Dates that look right and are not, or sit at the edges of what Date can hold.
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '0001-01-01',
  '+275760-09-13',
  '-271821-04-20',
  '2026-01-01T00:00:00Z',
  '2026-1-1',
  'x'.repeat(100_000),
];

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...specialNumbers, ...boundaryNumbers, ...specialStrings, null, undefined, true, false),
  fc.double(),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.bigInt(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.date({ noInvalidDate: false }),
);

/** Anything at all, including values only structured clone carries (Map, Set, Date, typed arrays, null-prototype objects). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileScalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...protoPayloads()) },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'token', 'skillId'), hostileScalar, { maxKeys: 4 }),
  },
);

/** The values too big for every run: each method gets each of them once, whole and in each field. */
export const onceValues = (): { label: string; value: unknown }[] => [
  { label: '10 MB string', value: TEN_MB },
  { label: 'array nested 10,000 deep', value: deepArray(10_000) },
  { label: 'object nested 10,000 deep', value: deepObject(10_000) },
  { label: 'object nested 10,000 deep through __proto__ keys', value: JSON.parse(`${'{"__proto__":'.repeat(10_000)}1${'}'.repeat(10_000)}`) },
  { label: 'object with a 10 MB key', value: { [TEN_MB]: 1 } },
  { label: 'array of 100,000 numbers', value: Array.from({ length: 100_000 }, (_, i) => -i) },
];

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportField } from '@shared/domain/salary-import';
import { guessMapping } from '@shared/domain/salary-import-guess';

/** What each header should be taken for (null: left for the user). */
const KNOWN: readonly (readonly [string, ImportField | null])[] = [
  ['Job Title', 'title'],
  ['Level', 'level'],
  ['Location', 'area'],
  ['Year', 'date'],
  ['Base Salary', 'base'],
  ['Bonus', 'bonus'],
  ['Years of Experience', 'yearsExperience'],
];

/** The fields a mapping gives each header, by name, to compare regardless of column order. */
function byHeader(header: readonly string[]): Record<string, ImportField | null> {
  const mapping = guessMapping(header);
  const fieldOf = (column: number) => (Object.entries(mapping).find(([, c]) => c === column)?.[0] as ImportField | undefined) ?? null;
  return Object.fromEntries(header.map((h, i) => [h, fieldOf(i)]));
}

describe('guessing the column mapping', () => {
  it('takes "Year" as the date and "Years of Experience" as experience', () => {
    expect(guessMapping(KNOWN.map(([h]) => h))).toEqual({ title: 0, level: 1, area: 2, date: 3, base: 4, bonus: 5, yearsExperience: 6 });
  });

  it.each([
    [['Pay'], { base: 0 }],
    [['Role', 'Pay', 'City'], { title: 0, base: 1, area: 2 }],
    [['Total Pay', 'Pay'], { total: 0, base: 1 }],
    [['Salary', 'Total Salary'], { base: 0, total: 1 }],
    [['Base Salary (USD)', 'Bonus pay', 'Pay currency'], { base: 0, bonus: 1, currency: 2 }],
    [['Year', 'Years'], { date: 0, yearsExperience: 1 }],
    [['Years'], { yearsExperience: 0 }],
    [['Year'], { date: 0 }],
    [['job_level', 'job-title'], { level: 0, title: 1 }],
    [['TC', 'yoe', 'notes'], { total: 0, yearsExperience: 1, note: 2 }],
    [['Favourite colour', ''], {}],
  ])('%j → %j', (header, expected) => {
    expect(guessMapping(header)).toEqual(expected);
  });

  it('maps the same headers the same way in any column order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...KNOWN], { minLength: 1 }), (subset) => {
        const header = subset.map(([h]) => h);
        expect(byHeader(header)).toEqual(Object.fromEntries(subset));
      }),
    );
  });

  it('never maps one column to two fields, nor a field to two columns', () => {
    const word = fc.constantFrom('Year', 'Years', 'Pay', 'Base', 'Salary', 'Total', 'Level', 'Title', 'of', 'Experience', 'Bonus', 'City', 'Note', 'x');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { maxLength: 12 }), (header) => {
        const columns = Object.values(guessMapping(header));
        expect(new Set(columns).size).toBe(columns.length);
        for (const c of columns) expect(c).toBeLessThan(header.length);
      }),
    );
  });
});

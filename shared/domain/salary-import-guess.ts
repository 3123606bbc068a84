import { IMPORT_FIELDS, type ImportField } from './salary-import';

/**
 * Header names each field is known by, already normalised (lower case, single spaces). A header
 * equal to a name is an exact match; a header that contains a name as whole words is a partial
 * one ("Base Salary (USD)" contains "base salary").
 */
const NAMES: Record<ImportField, readonly string[]> = {
  title: ['title', 'job title', 'job', 'occupation', 'role', 'position', 'job role'],
  level: ['level', 'seniority', 'grade', 'career level', 'job level'],
  area: ['area', 'location', 'city', 'metro', 'region', 'place', 'metro area'],
  base: ['base', 'base pay', 'base salary', 'salary', 'pay', 'annual salary', 'annual pay', 'base compensation'],
  bonus: ['bonus', 'bonus pay', 'annual bonus', 'bonuses'],
  equity: ['equity', 'stock', 'rsu', 'rsus', 'stock grant', 'equity grant'],
  total: ['total', 'total pay', 'total comp', 'total compensation', 'total salary', 'tc', 'compensation'],
  // "Year" is a year of data, never experience: it is the date's name, not this one's.
  yearsExperience: ['years of experience', 'years experience', 'yoe', 'experience', 'years', 'yrs of experience', 'yrs experience'],
  date: ['date', 'year', 'as of', 'data year', 'survey year', 'period', 'month'],
  currency: ['currency', 'ccy', 'currency code'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks'],
};

/** Lower case, punctuation and separators as spaces, single spaces: "Base_Salary (USD)" → "base salary usd". */
export function normaliseHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const containsWords = (header: string, name: string) => ` ${header} `.includes(` ${name} `);

/** An exact match beats any partial one; among each, the longer name wins. */
function score(header: string, name: string): number {
  if (header === name) return 1000 + name.length;
  return containsWords(header, name) ? name.length : 0;
}

interface Candidate {
  field: ImportField;
  column: number;
  score: number;
}

/**
 * A first mapping from header names alone; the user confirms or changes it. Every (column,
 * field) pair is scored and the best pairs are taken first, each column and each field once, so
 * "Years of Experience" takes experience even when a "Year" column comes before it. Columns whose
 * names read the same are left for the user to map.
 */
export function guessMapping(header: readonly string[]): Partial<Record<ImportField, number>> {
  const normals = header.map(normaliseHeader);
  const candidates: Candidate[] = [];
  normals.forEach((normal, column) => {
    // Two columns that read the same ("Pay" and "pay_"): taking one would silently drop the other.
    if (!normal || normals.indexOf(normal) !== normals.lastIndexOf(normal)) return;
    for (const field of IMPORT_FIELDS) {
      const best = Math.max(...NAMES[field].map((name) => score(normal, name)));
      if (best > 0) candidates.push({ field, column, score: best });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field));
  const mapping: Partial<Record<ImportField, number>> = {};
  const taken = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

import { quote } from './quote';
import { normaliseHeader } from './salary-import-guess';

/** Two columns of one header, 0-based, whose names are the same under some normalisation. */
export interface SameNamedColumns {
  first: number;
  second: number;
}

/** The first pair of columns whose names agree under `key`; unnamed columns never count. */
function firstPair(header: readonly string[], key: (name: string) => string): SameNamedColumns | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < header.length; i++) {
    const k = key(header[i] ?? '');
    if (k === '') continue;
    const first = seen.get(k);
    if (first !== undefined) return { first, second: i };
    seen.set(k, i);
  }
  return null;
}

/** The same name written with other case or spacing: "Pay", "pay " and "PAY" are one name. */
const caseless = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Two columns with one name: errors name columns by their header, and a guess by name would
 * take one and leave the other, so such a file is refused before anything is read from it.
 */
export function sameNamedColumns(header: readonly string[]): SameNamedColumns | null {
  return firstPair(header, caseless);
}

export function describeSameNamedColumns(fileName: string, header: readonly string[], pair: SameNamedColumns): string {
  const name = (i: number) => `${quote(header[i] ?? '')} (column ${i + 1})`;
  return `${fileName} has two columns with the same name: ${name(pair.first)} and ${name(pair.second)}. Rename one of them and choose the file again, so that it is clear which one holds what.`;
}

/**
 * Names that differ only in punctuation ("Base Salary" and "base_salary") are distinct, but the
 * guess cannot tell them apart: it maps neither, and the preview says so.
 */
export function lookAlikeColumns(header: readonly string[]): SameNamedColumns[] {
  const groups = new Map<string, number[]>();
  header.forEach((name, i) => {
    const k = normaliseHeader(name);
    if (k !== '') groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const pairs: SameNamedColumns[] = [];
  for (const columns of groups.values()) {
    for (let j = 1; j < columns.length; j++) pairs.push({ first: columns[0] as number, second: columns[j] as number });
  }
  return pairs;
}

export function describeLookAlikeColumns(header: readonly string[], pair: SameNamedColumns): string {
  const name = (i: number) => `${quote(header[i] ?? '')} (column ${i + 1})`;
  return `${name(pair.first)} and ${name(pair.second)} have nearly the same name: neither was mapped for you. Choose below which one holds what.`;
}

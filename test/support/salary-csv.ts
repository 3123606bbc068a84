import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const AREAS = ['Seattle', 'San Francisco', 'New York', 'Austin'];
const LEVELS = ['entry', 'junior', 'mid', 'senior', 'staff'];
const TITLES = ['Backend Engineer', 'Platform Engineer', 'Data Engineer', 'SRE'];

export const GENERATED_HEADER = ['title', 'level', 'area', 'base', 'bonus', 'equity', 'years', 'date', 'currency', 'note'];

/** Mapping of GENERATED_HEADER's columns (indices). */
export const GENERATED_MAPPING = { title: 0, level: 1, area: 2, base: 3, bonus: 4, equity: 5, yearsExperience: 6, date: 7, currency: 8, note: 9 };

/**
 * Deterministic rows (no Math.random: the same n gives the same file). Level and area follow
 * i mod 20 one to one, so the records fall into 20 equal area × level groups (the bench's P11).
 */
export function generatedRow(i: number): string[] {
  const base = 60_000 + ((i * 7919) % 180_000);
  return [
    TITLES[i % TITLES.length] as string,
    LEVELS[i % LEVELS.length] as string,
    AREAS[Math.floor(i / LEVELS.length) % AREAS.length] as string,
    String(base),
    String((i * 31) % 20_000),
    i % 3 === 0 ? String((i * 13) % 50_000) : '',
    String(i % 25),
    `20${20 + (i % 6)}-0${1 + (i % 9)}-1${i % 9}`,
    'USD',
    i % 10 === 0 ? '"offer, verbal"' : '',
  ];
}

/** Writes a header and `rows` generated rows; `badRowAt` (1-based data row) gets a non-numeric base. */
export async function writeSalaryCsv(file: string, rows: number, options: { badRowAt?: number } = {}): Promise<void> {
  const out = createWriteStream(file);
  let buffer = `${GENERATED_HEADER.join(',')}\n`;
  for (let i = 1; i <= rows; i++) {
    const row = generatedRow(i);
    if (i === options.badRowAt) row[3] = 'lots';
    buffer += `${row.join(',')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

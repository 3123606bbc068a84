import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from './temp-core';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/**
 * A copy of the shipped migrations as another app build would ship them: only the first `keep`
 * (an older app), and/or with `extra` migrations appended (a newer app), each a list of statements.
 * Returns the folder and the schema version it knows.
 */
export function migrationsFolder(target: string, { keep, extra = [] }: { keep?: number; extra?: string[][] } = {}): { dir: string; version: number } {
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  const journalFile = path.join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: JournalEntry[] };
  const kept = journal.entries.slice(0, keep ?? journal.entries.length);
  for (const dropped of journal.entries.slice(kept.length)) rmSync(path.join(target, `${dropped.tag}.sql`));
  const entries = [...kept];
  extra.forEach((statements, i) => {
    const last = entries.at(-1);
    if (!last) throw new Error('no migrations to extend');
    const tag = `${String(9000 + i)}_test_extra`;
    entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
    writeFileSync(path.join(target, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  });
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries }));
  return { dir: target, version: entries.length };
}

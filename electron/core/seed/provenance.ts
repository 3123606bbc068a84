import { readFileSync } from 'node:fs';
import { BundledDataError } from './csv';

/** The text of one `## heading` section of a Markdown file, heading included. */
export function markdownSection(file: string, heading: string): string {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) throw new BundledDataError(`${file}: no section "## ${heading}"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return [lines[start], ...(end < 0 ? rest : rest.slice(0, end))].join('\n').trim();
}

import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { openTempCore } from '../../support/temp-core';

const TEMPLATE = 'fresh-template.sqlite';

/**
 * A new database file at `dir/name`, migrated and seeded like a first start. Seeding the bundled
 * data takes seconds, so it is done once per folder and copied; nothing of it is timed.
 */
export async function freshDatabase(dir: string, name: string): Promise<string> {
  const template = path.join(dir, TEMPLATE);
  if (!existsSync(template)) (await openTempCore(template)).close(); // closing writes the WAL back
  const file = path.join(dir, name);
  copyFileSync(template, file);
  return file;
}

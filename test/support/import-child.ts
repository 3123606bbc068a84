// Child process for the kill test: imports a CSV into a database and reports progress on stdout,
// so the parent can SIGKILL it mid-import. Usage: node --import tsx import-child.ts DB CSV
import path from 'node:path';
import { createCore } from '../../electron/core';
import { GENERATED_MAPPING } from './salary-csv';
import { RESOURCES_DIR } from './temp-core';

const [dbFile, csvFile] = process.argv.slice(2);
if (!dbFile || !csvFile) throw new Error('usage: import-child.ts DB CSV');
const core = await createCore({ dbFile, resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test' });
const { token } = await core.files.register(csvFile, path.basename(csvFile), false);
core.events.subscribe((event, payload) => {
  if (event === 'importProgress') process.stdout.write(`progress ${JSON.stringify(payload)}\n`);
});
const result = await core.router.dispatch('salary.importCsv', {
  token,
  name: 'killed',
  encoding: 'utf-8',
  delimiter: ',',
  mapping: GENERATED_MAPPING,
});
process.stdout.write(`done ${JSON.stringify(result)}\n`);
core.close();

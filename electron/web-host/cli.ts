import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCore } from '../core/start';
import { createWebPdfHost } from './pdf';
import { startWebHost } from './server';
import { removeUploadFoldersMadeHere } from './upload-folders';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run web -- [--db PATH] [--port N] [--worker out/main/worker.js]`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' }, worker: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port must be a whole number 0–65535, got "${values.port}"`);
  const dbFile = path.resolve(values.db ?? path.join(mkdtempSync(path.join(tmpdir(), 'trajectory-web-')), 'trajectory.sqlite'));
  const rendererDir = path.resolve(values.renderer ?? path.join(repoRoot, 'out', 'renderer'));
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

  const pdfHost = createWebPdfHost();
  // A database file that cannot be used starts the recovery screen instead of stopping the host.
  const core = await startCore({
    dbFile,
    resourcesDir: path.join(repoRoot, 'resources'),
    host: 'web',
    version,
    pdfHost,
    // The built worker (electron-vite's out/main/worker.js) starts at once; without it the worker
    // compiles its TypeScript through tsx first, which takes seconds on a busy machine.
    workerScript: values.worker === undefined ? undefined : path.resolve(values.worker),
    onUnexpectedError: (method, error) => console.error(`unexpected error in ${method}:`, error),
  });
  core.current()?.jobs.warm().catch((error: unknown) => console.error('the core worker did not start:', error));
  const problem = core.status().problem;
  if (problem) console.error(`The database cannot be used (${problem.kind}): ${problem.detail}. Serving the recovery screen.`);
  // One /download/<token> for the PDF export and the personal data export.
  const downloads = { takeDownload: (token: string) => pdfHost.takeDownload(token) ?? core.downloads.take(token) };
  const host = await startWebHost({ core, rendererDir, port, downloads });
  pdfHost.setOpenUrl(host.openUrl);
  console.log(`Trajectory web host\n  database: ${dbFile}\n  open: ${host.openUrl}`);

  const stop = async () => {
    await host.close();
    await pdfHost.close();
    core.close();
    process.exit(0);
  };
  // Any exit, a crash included, takes this host's uploads along; after a kill -9 the next start's sweep does.
  process.on('exit', removeUploadFoldersMadeHere);
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Trajectory web host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// `npm run dist`: installers for the current OS (see scripts/packaging/dist-steps.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runDist, type Step } from './packaging/dist-steps';

const repoRoot = path.resolve(import.meta.dirname, '..');

const run = (step: Step) =>
  new Promise<number>((resolve) => {
    const child = spawn(step.command, step.args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });

process.exitCode = await runDist({
  repoRoot,
  nodePath: process.execPath,
  run,
  exists: existsSync,
  readText: (file) => readFileSync(file, 'utf8'),
  log: (message) => console.log(`[dist] ${message}`),
});

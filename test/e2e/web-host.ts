import type { Browser, Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningHost {
  url: string;
  openUrl: string;
  token: string;
  dbFile: string;
  stop(): Promise<void>;
  /** Set when the "host" is the Electron app: its window stands in for the browser page. */
  window?: Page;
}

/** Starts `npm run web`'s host (without rebuilding) on the given database file: bundled in e2e runs. */
export async function startHost(dbFile: string): Promise<RunningHost> {
  // The e2e run builds first: the built worker starts at once, where compiling worker.ts through
  // tsx held the first write (it waits for the start-up check on the worker) for 25 s under load.
  const builtWorker = path.join(REPO_ROOT, 'out', 'main', 'worker.js');
  const workerArgs = existsSync(builtWorker) ? ['--worker', builtWorker] : [];
  // Playwright's global setup bundles the host (build-web-host.ts); elsewhere (a bench) it runs from source.
  const bundle = process.env.WEB_HOST_BUNDLE;
  const entry = bundle ? [bundle] : ['--import', 'tsx', 'electron/web-host/cli.ts'];
  const child: ChildProcess = spawn(process.execPath, [...entry, '--db', dbFile, ...workerArgs], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A host still starting when the test runner quits (a test timed out meanwhile) goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  // Waits for the host's own signal, its address, or its exit: no clock of its own, so a loaded
  // machine only makes it slower; the test's timeout bounds the wait.
  const openUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  const url = new URL(openUrl);
  return {
    url: `${url.origin}/`,
    openUrl,
    token: url.searchParams.get('token') ?? '',
    dbFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function tempDbFile(): { file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-e2e-'));
  return { file: path.join(dir, 'trajectory.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Stops the test's host, starts a new one on the same database and runs `check` in a fresh page
 * of it: what a user sees after quitting and reopening the app.
 */
export async function afterRestart(app: Page, host: RunningHost, browser: Browser, check: (page: Page) => Promise<void>): Promise<void> {
  // Leave the page first: its event stream would log a refused reconnect once the host is gone.
  await app.goto('about:blank');
  await host.stop();
  const restarted = await startHost(host.dbFile);
  try {
    const page = await browser.newPage();
    await page.goto(restarted.openUrl);
    await check(page);
    await page.close();
  } finally {
    await restarted.stop();
  }
}

import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { electronIsAvailable } from './test/e2e/electron-app';
import type { Options } from './test/e2e/fixtures';

/** Debian's chromium; its /usr/bin wrapper script prints noise, so prefer the real binary. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p ?? ''));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

export default defineConfig<Options>({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI_E2E_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.CI_E2E_JSON_REPORT }]] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'web', use: { target: 'web' } },
    // Runs only where an Electron binary and the Electron build of better-sqlite3 exist.
    ...(electronIsAvailable() ? [{ name: 'electron', grep: /@desktop/, use: { target: 'electron' as const } }] : []),
  ],
});

import { defineConfig } from '@playwright/test';
import { electronIsAvailable } from './test/e2e/electron-app';
import type { Options } from './test/e2e/fixtures';
import { CHROMIUM_ARGS, ensureChromium } from './electron/web-host/chromium';

export default defineConfig<Options>({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/build-web-host.ts',
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
      executablePath: ensureChromium(),
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'web', use: { target: 'web' } },
    // Runs only where an Electron binary and the Electron build of better-sqlite3 exist.
    ...(electronIsAvailable() ? [{ name: 'electron', grep: /@desktop/, use: { target: 'electron' as const } }] : []),
  ],
});

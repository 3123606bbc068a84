import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { launchDesktop } from './electron-app';
import { seedBeforeStart, type SeedName } from './seed';
import { startHost, tempDbFile, type RunningHost } from './web-host';

export interface Options {
  /** Which host the specs drive: the web host in Chromium (always) or the Electron app. */
  target: 'web' | 'electron';
  /** Data the database file holds before the host starts (seed.ts's SEEDS); none by default. */
  seed: SeedName | null;
}

interface Fixtures {
  dbFile: string;
  /** The web host; in the Electron project, a stand-in for the launched app (no token, no RPC URL). */
  host: RunningHost;
  /** The app, opened at the host's URL, watched for console errors and off-machine requests. */
  app: Page;
}

const isLoopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:', 'app:', 'devtools:'].includes(protocol)) return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

/**
 * Specs tagged @desktop run in the Electron project too; the others need the web host itself
 * (its token, restarting it on the same database) and run only there.
 */
export const test = base.extend<Fixtures & Options>({
  target: ['web', { option: true }],
  seed: [null, { option: true }],
  dbFile: async ({ seed }, use) => {
    const temp = tempDbFile();
    if (seed) await seedBeforeStart(temp.file, seed);
    await use(temp.file);
    temp.remove();
  },
  host: async ({ dbFile, target }, use) => {
    if (target === 'electron') {
      const desktop = await launchDesktop(path.dirname(dbFile));
      const url = 'app://trajectory/';
      await use({ url, openUrl: `${url}index.html`, token: '', dbFile, stop: desktop.close, window: desktop.window });
      await desktop.close();
      return;
    }
    const host = await startHost(dbFile);
    await use(host);
    await host.stop();
  },
  page: async ({ page, host }, use) => {
    await use(host.window ?? page);
  },
  app: async ({ page, host }, use) => {
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await page.goto(host.openUrl);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await use(page);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(foreignRequests, 'requests to non-loopback hosts').toEqual([]);
  },
});

export { expect };

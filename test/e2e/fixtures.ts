import { test as base, expect, type Page } from '@playwright/test';
import { startHost, tempDbFile, type RunningHost } from './web-host';

interface Fixtures {
  dbFile: string;
  host: RunningHost;
  /** The app, opened at the host's URL, watched for console errors and off-machine requests. */
  app: Page;
}

const isLoopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

export const test = base.extend<Fixtures>({
  dbFile: async ({}, use) => {
    const temp = tempDbFile();
    await use(temp.file);
    temp.remove();
  },
  host: async ({ dbFile }, use) => {
    const host = await startHost(dbFile);
    await use(host);
    await host.stop();
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

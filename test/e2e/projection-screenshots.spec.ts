import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc, seedFirstHour } from './seed';
import type { RunningHost } from './web-host';

/*
 * The projection's comparison (light and dark) and an explanation, for the README
 * (docs/screenshots). Not a test: it runs only when asked, `npx electron-vite build &&
 * SCREENSHOTS=1 npx playwright test test/e2e/projection-screenshots.spec.ts --project=web`, and
 * overwrites the three PNGs.
 */

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');

test.skip(!process.env.SCREENSHOTS, 'screenshots are taken only with SCREENSHOTS=1');
test.use({ viewport: { width: 1280, height: 860 } });

const base = {
  startDate: new Date().toISOString().slice(0, 10),
  horizonYears: 10,
  datasetId: 'bls-oews-2025',
  occupationCode: '15-1252',
  areaCode: '0042660',
  trackId: 'ic',
  levelId: 'mid',
  yearsInLevel: 2,
  currency: 'USD',
  currentSalary: 150_000,
  position: 'salary',
  growthRate: 0.0218,
  growthSource: 'BLS OEWS national median annual wage, 15-1252 Software Developers: $133,080 (May 2024) → $135,980 (May 2025), +2.18 % a year',
};

/** Three scenarios for the first-hour user: stay, follow the roadmap with a job change, move to San Francisco. */
async function seedScenarios(page: Page, host: RunningHost): Promise<void> {
  await seedFirstHour(page, host);
  await rpc(page, host, 'career.createScenario', { name: 'Stay the course', params: { ...base, skills: 'stay', events: [] } });
  await rpc(page, host, 'career.createScenario', {
    name: 'Roadmap, new job in year 3',
    params: { ...base, skills: 'roadmap', events: [{ kind: 'job-change', year: 3, raisePercent: 12 }] },
  });
  await rpc(page, host, 'career.createScenario', {
    name: 'Relocate to San Francisco in year 2',
    params: { ...base, skills: 'roadmap', events: [{ kind: 'relocation', year: 2, areaCode: '0041860' }] },
  });
}

async function openCompare(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projection' }).click();
  const list = page.getByRole('list', { name: 'Saved scenarios' });
  await expect(list.getByRole('checkbox')).toHaveCount(3);
  for (const box of await list.getByRole('checkbox').all()) await box.check();
  await expect(page.getByRole('img', { name: /^Expected salary by year for Stay the course, Roadmap, new job in year 3, Relocate/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Explain Relocate to San Francisco in year 2, year 10: / })).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`projection comparison, ${scheme}`, async ({ app, host }) => {
    await seedScenarios(app, host);
    await openCompare(app, scheme);
    await app.locator('.projection-main').screenshot({ path: path.join(OUT, `projection-compare-${scheme}.png`) });
  });
}

test('projection explanation, light', async ({ app, host }) => {
  await seedScenarios(app, host);
  await openCompare(app, 'light');
  await app.getByRole('button', { name: /^Explain Roadmap, new job in year 3, year 5: / }).click();
  const dialog = app.getByRole('dialog', { name: /year 5/ });
  await expect(dialog.getByRole('list', { name: 'Inputs and sources' })).toBeVisible();
  await app.locator('.explain-modal').screenshot({ path: path.join(OUT, 'projection-explain-light.png') });
});

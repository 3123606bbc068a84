import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLAN_SECTIONS, printRoute } from '@shared/domain/plan-export';
import { expect } from './fixtures';
import type { RunningHost } from './web-host';

export interface AppScreen {
  path: string;
  label: string;
}

/**
 * The screens of renderer/src/routes.tsx's SCREENS list, read from its source: the list itself
 * imports React components and CSS, which the test runner cannot load. A screen added there is
 * walked here without touching the tests.
 */
export function appScreens(): AppScreen[] {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../renderer/src/routes.tsx'), 'utf8');
  const list = source.slice(source.indexOf('export const SCREENS'));
  return [...list.matchAll(/\{\s*path: '([^']+)',\s*label: '([^']+)'/g)].map((m) => ({ path: m[1] ?? '', label: m[2] ?? '' }));
}

/** Called after each view has drawn, with a name for failure messages. */
export type ViewCheck = (where: string) => Promise<void>;

async function settled(page: Page) {
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Moves the pointer over every visible chart, so chart.js draws its tooltips. */
async function hoverCharts(page: Page) {
  const canvases = page.locator('canvas:visible');
  for (let i = 0; i < (await canvases.count()); i++) {
    const canvas = canvases.nth(i);
    const box = await canvas.boundingBox();
    if (!box || box.width < 10 || box.height < 10) continue;
    for (const [fx, fy] of [[0.25, 0.5], [0.5, 0.4], [0.75, 0.6]] as const) {
      await canvas.hover({ position: { x: box.width * fx, y: box.height * fy }, force: true });
    }
  }
}

/** Every tab of the current screen, in turn, with its charts hovered. */
async function everyTab(page: Page, where: string, check: ViewCheck) {
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.innerText()).trim();
    await tab.click();
    await settled(page);
    await hoverCharts(page);
    await check(`${where} › ${name}`);
  }
}

/**
 * Every screen of the sidebar (from SCREENS), each of its tabs and charts (hovered for
 * tooltips), one skill's page, the Log study dialog, a projection's Explain dialog when there is
 * one, and the print route the PDF is made from. `check` runs after each.
 */
export async function walkEverywhere(page: Page, host: RunningHost, options: { skillId: string; check: ViewCheck }) {
  const { check } = options;
  const screens = appScreens();
  expect(screens.length, 'screens read from routes.tsx').toBeGreaterThanOrEqual(10);
  for (const screen of screens) {
    await page.getByRole('link', { name: screen.label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.label);
    await settled(page);
    await hoverCharts(page);
    await check(screen.label);
    await everyTab(page, screen.label, check);
    if (screen.path === '/projection') {
      const explain = page.getByRole('button', { name: /^Explain / }).first();
      if (await explain.isVisible()) {
        await explain.click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await check('Projection › Explain dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
    }
  }

  await page.evaluate((id) => (window.location.hash = `#/skills/${id}`), options.skillId);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Skills');
  await settled(page);
  await hoverCharts(page);
  await check(`skill page ${options.skillId}`);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log study' }).click();
  await expect(page.getByRole('dialog', { name: 'Log study' })).toBeVisible();
  await check('Log study dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openPrintRoute(page, host);
  await check('print route');
}

/** The print route with every section and the saved scenarios, drawn to the end (as a PDF host waits for it). */
export async function openPrintRoute(page: Page, host: RunningHost) {
  const scenarios = await page.evaluate(async ({ url, token }) => {
    const response = await fetch(`${url}rpc/career.scenarios`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
    const body = (await response.json()) as { value?: Array<{ id: number }> };
    return (body.value ?? []).slice(0, 4).map((s) => s.id);
  }, { url: host.url, token: host.token });
  const route = printRoute({ paper: 'a4', sections: [...PLAN_SECTIONS], scenarioIds: scenarios });
  await page.goto(`${host.openUrl}#${route}`);
  await page.evaluate(() => window.trajectoryPrintReady);
}

declare global {
  interface Window {
    trajectoryPrintReady?: Promise<string>;
  }
}

/** Scenario parameters for the seeded first-hour user (Seattle, mid level, $150k). */
export const SCENARIO_PARAMS = {
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
  growthRate: 0.02,
  growthSource: 'a test figure',
  skills: 'roadmap',
  events: [{ kind: 'job-change', year: 3, raisePercent: 12 }],
} as const;

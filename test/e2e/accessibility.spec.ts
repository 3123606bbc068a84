import type { Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSalaryCsv } from '../support/salary-csv';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { seedFirstHour, type SeedName } from './seed';

/**
 * Every view and tab, in light and dark, checked by axe for serious and critical violations.
 * One test per view, both themes in it: the host starts and the data is seeded once per view,
 * into the database file before the host starts.
 */

const nav = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).click();
const salaryTab = async (page: Page, tab: string) => {
  await nav(page, 'Salary');
  await page.getByRole('tab', { name: tab }).click();
};

interface View {
  name: string;
  /** Opens the view and waits until its content is there. */
  open(page: Page): Promise<void>;
  /** Starts from the seeded "first hour" data, put in the database file before the host starts. */
  seeded?: boolean;
  /** Also copies the "Back-end foundations" path into an active roadmap (with `seeded`). */
  roadmap?: boolean;
  /**
   * Seeds over RPC once the host runs instead: a file that holds data when the host starts gets
   * the daily backup, and this view shows only the backup taken by hand.
   */
  seedAfterStart?: boolean;
  /** Also runs against the Electron app where one exists. */
  desktop?: boolean;
  width?: number;
}

const VIEWS: View[] = [
  {
    name: 'Dashboard, new user',
    desktop: true,
    open: async (page) => {
      await nav(page, 'Dashboard');
      await expect(page.getByRole('heading', { name: 'Start with your profile' })).toBeVisible();
    },
  },
  {
    name: 'Dashboard',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Dashboard');
      await expect(page.getByRole('list', { name: /1 day with study/ })).toBeAttached();
      await expect(page.getByRole('heading', { name: 'Where you are' })).toBeVisible();
    },
  },
  {
    name: 'Salary explorer',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Salary');
      await expect(page.getByRole('table', { name: /Software Developers: pay percentiles/ }).getByRole('row')).toHaveCount(3);
    },
  },
  {
    name: 'Salary explorer with the area list open',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Salary');
      await page.getByRole('combobox', { name: 'Add an area' }).fill('new');
      await expect(page.getByRole('option', { name: /New York-Newark-Jersey City/ })).toBeVisible();
    },
  },
  {
    name: 'Article’s cities',
    open: async (page) => {
      await salaryTab(page, 'Article’s cities');
      await expect(page.getByRole('table', { name: /Article cities/ }).getByRole('row')).toHaveCount(17);
    },
  },
  {
    name: 'Your data, empty',
    desktop: true,
    open: async (page) => {
      await salaryTab(page, 'Your data');
      await expect(page.getByText(/You have not imported any salary data yet/)).toBeVisible();
    },
  },
  {
    name: 'Import preview',
    open: async (page) => {
      await nav(page, 'Salary');
      await page.getByLabel('Import CSV…').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/csv/semicolon-eu.csv'));
      await expect(page.getByRole('table', { name: /First rows of semicolon-eu\.csv/ })).toBeVisible();
    },
  },
  {
    name: 'Skills',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Skills');
      await expect(page.getByRole('img', { name: 'Current and target level by category' })).toBeVisible();
    },
  },
  {
    name: 'Skill page',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Skills');
      await page.getByRole('link', { name: 'Docker', exact: true }).click();
      await expect(page.getByRole('list', { name: 'History' })).toContainText('Level 0 → 2');
    },
  },
  {
    name: 'Goals',
    seeded: true,
    open: async (page) => {
      await nav(page, 'Goals');
      await expect(page.getByRole('listitem', { name: 'Docker to proficient' })).toBeVisible();
    },
  },
  {
    name: 'Log study dialog after a refused entry',
    seeded: true,
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log study' }).click();
      const dialog = page.getByRole('dialog', { name: 'Log study' });
      await dialog.getByLabel('Date').fill(format(addDays(new Date(), 3), 'yyyy-MM-dd'));
      await dialog.getByRole('button', { name: 'Log study' }).click();
      await expect(dialog.getByRole('alert').first()).toBeVisible();
    },
  },
  {
    name: 'Profile with field errors',
    desktop: true,
    open: async (page) => {
      await nav(page, 'Profile');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(page.getByText('Choose an area')).toBeVisible();
    },
  },
  {
    name: 'Data sources with provenance open',
    desktop: true,
    open: async (page) => {
      await nav(page, 'Data sources');
      await page.getByText('Provenance').first().click();
      await expect(page.getByText(/17 U\.S\.C\. §105\)\./)).toBeVisible();
    },
  },
  {
    name: 'Roadmap, new user',
    desktop: true,
    open: async (page) => {
      await nav(page, 'Roadmap');
      await expect(page.getByRole('button', { name: 'Start from Back-end foundations' })).toBeVisible();
    },
  },
  {
    name: 'Roadmap timeline',
    seeded: true,
    roadmap: true,
    open: async (page) => {
      await nav(page, 'Roadmap');
      await expect(page.getByRole('table', { name: 'Roadmap timeline' })).toBeAttached();
      await expect(page.getByRole('list', { name: 'Roadmap items' }).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'Roadmap graph',
    seeded: true,
    roadmap: true,
    open: async (page) => {
      await nav(page, 'Roadmap');
      await page.getByRole('tab', { name: 'Graph' }).click();
      await expect(page.getByRole('link', { name: /Version control with Git/ }).first()).toBeVisible();
    },
  },
  {
    name: 'Plan with its preview',
    seeded: true,
    roadmap: true,
    open: async (page) => {
      await nav(page, 'Plan');
      await expect(page.getByRole('article', { name: 'Career plan' }).getByRole('heading', { name: 'Roadmap', exact: true })).toBeVisible();
    },
  },
  {
    name: 'Projection, new user',
    desktop: true,
    open: async (page) => {
      await nav(page, 'Projection');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projection');
      await expect(page.getByRole('tab', { name: 'Scenarios' })).toBeVisible();
    },
  },
  {
    name: 'Settings with a backup',
    seedAfterStart: true,
    open: async (page) => {
      await nav(page, 'Settings');
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row')).toHaveCount(2);
      await expect(page.getByRole('button', { name: 'Export my data' })).toBeVisible();
    },
  },
  {
    name: 'Dashboard at 800 px, sidebar collapsed',
    seeded: true,
    width: 800,
    open: async (page) => {
      await nav(page, 'Dashboard');
      await expect(page.getByRole('heading', { name: 'Where you are' })).toBeVisible();
    },
  },
  {
    name: 'Salary explorer at 800 px',
    seeded: true,
    width: 800,
    open: async (page) => {
      await nav(page, 'Salary');
      await expect(page.getByRole('table', { name: /Software Developers: pay percentiles/ }).getByRole('row')).toHaveCount(3);
    },
  },
];

/** The page's background in each theme (--bg): the colours have switched once the body shows it. */
const BACKGROUND = { light: 'rgb(247, 247, 245)', dark: 'rgb(22, 22, 21)' } as const;
const THEMES = ['light', 'dark'] as const;

/**
 * Checks the screen as it stands in light, then in dark. The theme follows the system (a new
 * user's setting), so switching the emulated colour scheme recolours the page in place: an open
 * list or dialog stays open and nothing is seeded or opened twice. Both themes are checked before
 * the test fails, and each violation names the view and the theme.
 */
async function expectBothThemesClean(page: Page, where: string): Promise<void> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await test.step(`${theme} theme`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[theme]);
      found.push(...(await seriousViolations(page, `${where} (${theme})`)));
    });
  }
  expect(found).toEqual([]);
}

const seedOf = (view: View): SeedName | null => (view.roadmap ? 'roadmap, first hour' : view.seeded ? 'first hour' : null);

for (const view of VIEWS) {
  test.describe(() => {
    test.use({ seed: seedOf(view) });
    test(`${view.name} has no serious accessibility violations (light and dark)`, { tag: view.desktop ? '@desktop' : [] }, async ({ app, host }) => {
      // Two axe walks of a full screen took 30 s of a 60 s budget at a load average of 15 on 2 cores.
      test.slow();
      if (view.width) await app.setViewportSize({ width: view.width, height: 800 });
      if (view.seedAfterStart) await seedFirstHour(app, host);
      await view.open(app);
      await expectBothThemesClean(app, view.name);
    });
  });
}

test('an imported dataset\'s bands and its "Your data" entry have no serious violations (light and dark)', async ({ app }) => {
  test.slow();
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-a11y-csv-'));
  try {
    const csv = path.join(dir, 'offers.csv');
    await writeSalaryCsv(csv, 300);
    await nav(app, 'Salary');
    await app.getByLabel('Import CSV…').setInputFiles(csv);
    await app.getByRole('button', { name: 'Import offers.csv' }).click();
    await app.getByRole('button', { name: 'Show its bands' }).click();
    await expect(app.getByRole('table', { name: /offers: pay percentiles/ }).getByRole('row', { name: /^senior / })).toBeVisible();
    await expectBothThemesClean(app, 'Imported dataset in the explorer');
    await app.getByRole('tab', { name: 'Your data' }).click();
    await expect(app.getByText('300 rows', { exact: true })).toBeVisible();
    await expectBothThemesClean(app, 'Your data');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

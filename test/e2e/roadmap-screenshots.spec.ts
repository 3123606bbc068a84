import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, addMonths, format } from 'date-fns';
import { expect, test } from './fixtures';
import { rpc } from './seed';
import type { RunningHost } from './web-host';

/*
 * The roadmap's timeline and graph in light and dark, for the README (docs/screenshots). Not a
 * test: it runs only when asked, `npx electron-vite build && SCREENSHOTS=1 npx playwright test
 * test/e2e/roadmap-screenshots.spec.ts --project=web`, and overwrites the four PNGs.
 */

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

test.skip(!process.env.SCREENSHOTS, 'screenshots are taken only with SCREENSHOTS=1');
// Small images: the picture is the component, not the whole window.
test.use({ viewport: { width: 1280, height: 860 } });

interface Item {
  id: number;
  skillId: string;
}

/** "Back-end foundations" a few weeks in: two skills done, some levels, a goal and a week off. */
async function seedRoadmap(page: Page, host: RunningHost): Promise<void> {
  await rpc(page, host, 'profile.save', {
    occupationCode: '15-1252',
    areaCode: '0042660',
    careerLevel: 'mid',
    yearsExperience: 2,
    currentSalary: 95_000,
    currency: 'USD',
    hoursPerWeek: 8,
    horizonYears: 5,
  });
  await rpc(page, host, 'progress.set', { skillId: 'python', level: 2, targetLevel: 3 });
  await rpc(page, host, 'progress.set', { skillId: 'sql', level: 1, targetLevel: 3 });
  const roadmap = (await rpc(page, host, 'roadmap.create', { pathId: 'backend-foundations' })) as { id: number };
  await rpc(page, host, 'roadmap.setPlan', { id: roadmap.id, hoursPerWeek: 8, parallel: 2 });
  const view = (await rpc(page, host, 'roadmap.get', { id: roadmap.id })) as { items: Item[] };
  for (const skillId of ['git', 'linux-shell']) {
    const item = view.items.find((i) => i.skillId === skillId);
    if (item) await rpc(page, host, 'roadmap.updateItem', { id: item.id, status: 'done' });
  }
  const today = new Date();
  await rpc(page, host, 'roadmap.addWeekOff', { roadmapId: roadmap.id, start: iso(addMonths(today, 2)), end: iso(addDays(addMonths(today, 2), 13)), label: 'Holiday' });
  await rpc(page, host, 'goals.create', { kind: 'skill-level', title: 'Docker at work', skillId: 'docker', targetLevel: 3, dueDate: iso(addMonths(today, 6)) });
}

async function openRoadmap(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  // The theme follows the system by default: the page's colour scheme picks light or dark.
  await page.emulateMedia({ colorScheme: scheme });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmap' }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`roadmap timeline and graph, ${scheme}`, async ({ app, host }) => {
    await seedRoadmap(app, host);
    await openRoadmap(app, scheme);

    await app.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = app.getByRole('figure', { name: /^Timeline of/ });
    await expect(timeline.getByRole('img', { name: /^Timeline of/ })).toBeVisible();
    // The legend sits above the figure: the picture holds both.
    await app.locator('.road-timeline').screenshot({ path: path.join(OUT, `roadmap-timeline-${scheme}.png`) });

    await app.getByRole('tab', { name: 'Graph' }).click();
    const graph = app.getByRole('group', { name: /^Prerequisite graph/ });
    await expect(graph.getByRole('link').first()).toBeVisible();
    await app.locator('.road-graph-view').screenshot({ path: path.join(OUT, `roadmap-graph-${scheme}.png`) });
  });
}

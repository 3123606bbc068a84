import type { Locator, Page } from '@playwright/test';
import { format, startOfISOWeek, subDays } from 'date-fns';
import { expect, test } from './fixtures';
import { rpc, seedFirstHour } from './seed';
import { afterRestart, type RunningHost } from './web-host';

interface View {
  roadmap: { id: number; hoursPerWeek: number | null };
  items: Array<{ id: number; skillName: string; position: number }>;
  schedule: { ok: boolean; finish?: string | null; items?: Array<{ itemId: number; end: string | null }> };
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const items = (page: Page) => page.getByRole('list', { name: 'Roadmap items' }).getByRole('listitem');
const row = (page: Page, skill: string) => page.getByRole('list', { name: 'Roadmap items' }).getByRole('listitem', { name: skill, exact: true });
const shownOrder = (page: Page) => items(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
const datesOf = (page: Page, skill: string) => row(page, skill).getByTestId('item-dates').textContent();
/** The timeline's text alternative: one row per item with its start and end. */
const timelineEnd = async (page: Page, skill: string) =>
  (await page.getByRole('table', { name: 'Roadmap timeline' }).getByRole('row', { name: new RegExp(`^${skill}\\b`) }).getByRole('cell').last().textContent()) ?? '';

async function view(page: Page, host: RunningHost, id: number): Promise<View> {
  return (await rpc(page, host, 'roadmap.get', { id })) as View;
}

async function startFromPath(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
  await page.getByRole('button', { name: 'Start from Back-end foundations' }).click();
  await expect(items(page).first()).toBeVisible();
}

/** Keyboard drag with dnd-kit: Space picks up, arrows move, Space drops; each step waits for dnd-kit to say where it is. */
async function keyboardMove(page: Page, handle: Locator, steps: number): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  const start = Number(/position (\d+)/.exec((await page.getByText(/is over position \d+/).textContent()) ?? '')?.[1] ?? 1);
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('ArrowDown');
    // dnd-kit measures the rows before it moves: wait for it to say where the item is.
    await expect(page.getByText(new RegExp(`is over position ${start + i} of`))).toBeAttached();
  }
  await page.keyboard.press('Space');
  await expect(handle).not.toHaveAttribute('aria-pressed', 'true');
}

/** Mouse drag: press on the handle, move past dnd-kit's activation distance in steps, drop on the top of the target row (it takes that row's place). */
async function mouseDrag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('rows not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 12, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height * 0.2, { steps: 12 });
  await page.mouse.up();
}

test.describe('roadmap', () => {
  test('copy a path, reorder by drag and by keyboard, and keep it all after a restart', async ({ app, host, browser }) => {
    await seedFirstHour(app, host);
    await startFromPath(app);
    const roadmaps = (await rpc(app, host, 'roadmap.list')) as Array<{ id: number; active: boolean; sourcePathId: string | null }>;
    expect(roadmaps).toEqual([expect.objectContaining({ active: true, sourcePathId: 'backend-foundations' })]);
    const id = roadmaps[0]?.id ?? 0;
    const before = await shownOrder(app);
    expect(before.length).toBeGreaterThan(5);
    const [first = '', second = '', third = ''] = before;

    // Keyboard: the first item goes down one place.
    await keyboardMove(app, app.getByRole('button', { name: `Drag to reorder: ${first}` }), 1);
    await expect.poll(() => shownOrder(app)).toEqual([second, first, third, ...before.slice(3)]);
    await expect
      .poll(async () => (await view(app, host, id)).items.sort((a, b) => a.position - b.position).map((i) => i.skillName))
      .toEqual([second, first, third, ...before.slice(3)]);

    // Mouse: the third item goes to the top.
    await mouseDrag(app, app.getByRole('button', { name: `Drag to reorder: ${third}` }), row(app, second));
    const dragged = [third, second, first, ...before.slice(3)];
    await expect.poll(() => shownOrder(app)).toEqual(dragged);
    await expect
      .poll(async () => (await view(app, host, id)).items.sort((a, b) => a.position - b.position).map((i) => i.skillName))
      .toEqual(dragged);

    await app.getByRole('spinbutton', { name: 'Hours per week' }).fill('9');
    await app.getByRole('spinbutton', { name: 'Hours per week' }).blur();
    await expect.poll(async () => (await view(app, host, id)).roadmap.hoursPerWeek).toBe(9);
    const finish = (await app.getByTestId('finish-planned').textContent()) ?? '';

    await afterRestart(app, host, browser, async (page) => {
      await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
      await expect.poll(() => shownOrder(page)).toEqual(dragged);
      await expect(page.getByRole('spinbutton', { name: 'Hours per week' })).toHaveValue('9');
      await expect(page.getByTestId('finish-planned')).toHaveText(finish);
    });
  });

  test('more hours per week move the end dates earlier on the timeline and in the list, at once', async ({ app, host }) => {
    await seedFirstHour(app, host);
    await startFromPath(app);
    const last = (await shownOrder(app)).at(-1) ?? '';
    await expect(app.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    const listBefore = await datesOf(app, last);
    const timelineBefore = await timelineEnd(app, last);
    const finishBefore = await app.getByTestId('finish-planned').textContent();
    const roadmapId = ((await rpc(app, host, 'roadmap.list')) as Array<{ id: number }>)[0]?.id ?? 0;
    const before = await view(app, host, roadmapId);

    await app.getByRole('spinbutton', { name: 'Hours per week' }).fill('20');
    await expect.poll(() => datesOf(app, last)).not.toBe(listBefore);
    await expect.poll(() => timelineEnd(app, last)).not.toBe(timelineBefore);
    await expect(app.getByTestId('finish-planned')).not.toHaveText(finishBefore ?? '');
    // The list, the timeline and the summary agree on the new finish, and it is earlier than before.
    await expect.poll(async () => (await view(app, host, roadmapId)).roadmap.hoursPerWeek).toBe(20);
    const saved = await view(app, host, roadmapId);
    expect(saved.schedule.finish ?? '').toBeTruthy();
    expect((saved.schedule.finish ?? '') < (before.schedule.finish ?? '')).toBe(true);
    const lastItem = saved.items.find((i) => i.skillName === last);
    const end = saved.schedule.items?.find((s) => s.itemId === lastItem?.id)?.end ?? '';
    const shownEnd = await app.evaluate((d) => {
      const [y = 0, m = 1, day = 1] = d.split('-').map(Number);
      return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, day));
    }, end);
    expect(await datesOf(app, last)).toContain(shownEnd);
    expect(await timelineEnd(app, last)).toContain(shownEnd);

    await app.getByRole('spinbutton', { name: 'Hours per week' }).fill('0');
    await expect(app.getByTestId('finish-planned')).toHaveText('No time planned');
  });

  test('a link that closes a cycle is shown with the skills in it, and removing it brings the dates back', async ({ app, host }) => {
    const skill = async (name: string) => ((await rpc(app, host, 'skills.createCustom', { name, category: 'architecture', estimatedHours: 20 })) as { id: string }).id;
    const [d, a, p] = [await skill('Skill D'), await skill('Skill A'), await skill('Skill P')];
    // D needs P or its alternative A; once A needs D, neither can start.
    await rpc(app, host, 'skills.addEdge', { from: p, to: d, kind: 'prerequisite' });
    await rpc(app, host, 'skills.addEdge', { from: p, to: a, kind: 'alternative' });
    const r = (await rpc(app, host, 'roadmap.create', { name: 'Loop' })) as { id: number };
    await rpc(app, host, 'roadmap.addItem', { roadmapId: r.id, skillId: d });
    await rpc(app, host, 'roadmap.addItem', { roadmapId: r.id, skillId: a });

    // The closing link, added the way a user does: on Skill D's page, "Skill A needs this skill first".
    await app.goto(`${host.url}#/skills/${d}`);
    const form = app.getByRole('form', { name: 'Link a skill' });
    await form.getByLabel('Skill').selectOption({ label: 'Skill A' });
    await form.getByLabel('Relation').selectOption({ label: 'needs this skill first' });
    await form.getByRole('button', { name: 'Add link' }).click();
    await expect(app.getByRole('link', { name: 'Skill A' }).first()).toBeVisible();

    await app.getByRole('link', { name: 'Roadmap', exact: true }).click();
    const alert = app.getByRole('alert').filter({ hasText: 'cycle' });
    await expect(alert).toContainText('Skill D → Skill A → Skill D');
    await expect(app.getByTestId('finish-planned')).toHaveCount(0);
    await alert.getByRole('button', { name: 'Remove link Skill D → Skill A' }).click();
    await expect(alert).toHaveCount(0);
    await expect(app.getByTestId('finish-planned')).toBeVisible();
  });

  test('study logged over the last four weeks gives a finish at the actual pace, and more study moves it', async ({ app, host }) => {
    await seedFirstHour(app, host);
    await startFromPath(app);
    await expect(app.getByTestId('finish-actual')).toContainText(/too little/i);

    const weekStart = startOfISOWeek(new Date());
    for (const weeksBack of [1, 2, 3, 4]) {
      await rpc(app, host, 'progress.logStudy', { skillId: 'docker', date: iso(subDays(weekStart, 7 * weeksBack - 1)), minutes: 120 });
    }
    await expect(app.getByTestId('finish-actual')).not.toContainText(/too little/i);
    const slow = await app.getByTestId('finish-actual').textContent();
    for (const weeksBack of [1, 2, 3, 4]) {
      await rpc(app, host, 'progress.logStudy', { skillId: 'python', date: iso(subDays(weekStart, 7 * weeksBack - 2)), minutes: 600 });
    }
    await expect(app.getByTestId('finish-actual')).not.toHaveText(slow ?? '');
  });
});

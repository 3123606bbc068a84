import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { addScenario } from './projection-helpers';
import { rpc, seedFirstHour } from './seed';

const GROWTH_SOURCE = 'BLS OEWS national median annual wage, 15-1252 Software Developers: $133,080 (May 2024) → $135,980 (May 2025), +2.18 % a year';

test('builds two scenarios, compares them, explains a point, and follows a ladder edit', async ({ app, host }) => {
  await seedFirstHour(app, host);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projection' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Projection');

  // At market: the pay is the level's place in the band, so a ladder edit moves it from year 1.
  await addScenario(app, 'Stay the course', 'Stay', () => app.getByLabel('Position in the band').selectOption('market').then(() => undefined));
  await addScenario(app, 'Relocate to <area> in <year>', 'Move to SF', async () => {
    const box = app.getByRole('combobox', { name: 'Relocate to' });
    await box.fill('san francisco');
    await app.getByRole('option', { name: /San Francisco-Oakland-Fremont, CA/ }).click();
    await app.getByLabel('Relocation year').fill('3');
  });

  // Both on the chart (its caption names them) and in the table, the relocation paying more from year 3.
  await expect(app.getByRole('img', { name: /^Expected salary by year for Stay, Move to SF/ })).toBeVisible();
  const table = app.getByRole('table', { name: /^Expected salary at 1, 3, 5 and 10 years/ });
  const money = async (name: string, year: number) =>
    Number((await table.getByRole('button', { name: new RegExp(`^Explain ${name}, year ${year}: `) }).innerText()).replace(/[^0-9.]/g, ''));
  await expect(table.getByRole('button', { name: /^Explain Move to SF, year 3: / })).toBeVisible();
  // Seattle before the move, San Francisco (higher-paying) from year 3: the gap widens then.
  const gap = async (year: number) => (await money('Move to SF', year)) / (await money('Stay', year));
  expect(await gap(3)).toBeGreaterThan(await gap(1));
  // Against the baseline (the first scenario): the difference of what each earned by year 10.
  const amount = async (label: RegExp) => {
    const text = await table.getByRole('button', { name: label }).innerText();
    return (/^[-−]/.test(text) ? -1 : 1) * Number(text.replace(/[^0-9.]/g, ''));
  };
  const earned = async (name: string) => amount(new RegExp(`^Explain ${name}, earned by year 10: `));
  const difference = await amount(/^Explain Move to SF against Stay, by year 10: /);
  expect(Math.abs(difference - ((await earned('Move to SF')) - (await earned('Stay'))))).toBeLessThanOrEqual(1);
  await expectNoSeriousViolations(app, 'Projection with two scenarios compared');

  // A point on the chart: the click picks the year under it and the nearest line.
  const canvas = app.getByRole('img', { name: /^Expected salary by year for/ });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the chart has no box');
  await canvas.click({ position: { x: box.width * 0.6, y: box.height * 0.5 } });
  const dialog = app.getByRole('dialog', { name: /: year \d+/ });
  await expect(dialog).toBeVisible();
  const inputs = dialog.getByRole('list', { name: 'Inputs and sources' });
  await expect(inputs).toContainText(/BLS.*15-1252 Software Developers, .*row \d+/);
  await expect(inputs).toContainText(`Source: ${GROWTH_SOURCE}`);
  await expectNoSeriousViolations(app, 'Projection explanation');
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The ladder changes elsewhere (the editor or the API): the table and chart follow.
  const before = await money('Stay', 1);
  await rpc(app, host, 'career.setLadderValue', { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 60 });
  await expect.poll(() => money('Stay', 1)).not.toBe(before);
});

test('the growth slider recomputes at once and the keyboard opens a cell’s explanation', async ({ app, host }) => {
  await seedFirstHour(app, host);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projection' }).click();
  await addScenario(app, 'Follow my roadmap', 'Roadmap');
  const cell = app.getByRole('button', { name: /^Explain Roadmap, year 5: / });
  const before = await cell.innerText();
  const slider = app.getByRole('slider', { name: 'Market growth' });
  await slider.focus();
  for (let i = 0; i < 50; i++) await app.keyboard.press('ArrowRight');
  await expect(cell).not.toHaveText(before);
  await cell.focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: /^Roadmap: year 5/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Inputs and sources' })).toContainText('Set with the growth slider on this screen');
  await app.keyboard.press('Escape');
  await expect(cell).toBeFocused();
});

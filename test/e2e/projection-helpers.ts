import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Adds a scenario on the Projection screen from one of its presets, as a user does. */
export async function addScenario(page: Page, preset: string, name: string, fill?: () => Promise<void>) {
  const form = page.getByRole('form', { name: 'New scenario' });
  await form.getByRole('button', { name: preset }).click();
  await form.getByLabel('Scenario name').fill(name);
  await fill?.();
  await form.getByRole('button', { name: 'Add scenario' }).click();
  await expect(page.getByRole('list', { name: 'Saved scenarios' }).getByText(name, { exact: true })).toBeVisible();
}

/** The figure a Projection table cell shows (its button's text), e.g. "$152,340". */
export async function shownSalary(page: Page, scenario: string, year: number): Promise<string> {
  const table = page.getByRole('table', { name: /^Expected salary at 1, 3, 5 and 10 years/ });
  return (await table.getByRole('button', { name: new RegExp(`^Explain ${scenario}, year ${year}: `) }).innerText()).trim();
}

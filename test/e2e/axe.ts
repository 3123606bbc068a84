import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every serious or critical axe violation on the page, each with where it was found. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe once, in the page itself. The default runs it in every frame and then
  // merges the results in a second, blank page: a pass the app does not need (it has no frames),
  // and about 30% of each check's time (a dashboard check: 14.3 → 10.1 s).
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails with every serious or critical axe violation on the page, each with where it was found. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page, where)).toEqual([]);
}

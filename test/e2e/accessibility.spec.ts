import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`screens built so far have no serious accessibility violations (${theme} theme)`, { tag: '@desktop' }, async ({ app }) => {
    await app.evaluate((t) => localStorage.setItem('trajectory.theme', t), theme);
    await app.reload();
    for (const name of ['Dashboard', 'Profile', 'Data sources']) {
      await app.getByRole('link', { name, exact: true }).click();
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(name);
      if (name === 'Profile') await app.getByRole('button', { name: 'Save profile' }).click();
      const results = await new AxeBuilder({ page: app }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${name}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(serious).toEqual([]);
    }
  });
}

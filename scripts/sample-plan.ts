// npm run sample:plan — writes docs/sample-career-plan.pdf: the demo user's whole plan, made the
// way the web host makes it (the system Chromium). Needs a built renderer (npx electron-vite build).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedDemoPlan } from '../test/support/demo-plan';
import { startPrintHost } from '../test/support/print-host';
import { REPO_ROOT, tempDir } from '../test/support/temp-core';

const temp = tempDir('trajectory-sample-');
const printing = await startPrintHost(path.join(temp.dir, 'trajectory.sqlite'));
try {
  await seedDemoPlan(printing.core.router);
  const scenarios = (await printing.core.router.dispatch('career.scenarios', undefined)) as { ok: true; value: Array<{ id: number }> };
  const result = await printing.core.router.dispatch('plan.exportPdf', { scenarioIds: scenarios.value.map((s) => s.id) });
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value as { outcome: string; token?: string; pages?: number };
  const file = value.token ? printing.pdf.takeDownload(value.token) : null;
  if (!file) throw new Error(`unexpected export outcome ${value.outcome}`);
  const target = path.join(REPO_ROOT, 'docs', 'sample-career-plan.pdf');
  writeFileSync(target, file.bytes);
  console.log(`${target}: ${value.pages} pages, ${Math.round(file.bytes.byteLength / 1024)} KB`);
} finally {
  await printing.close();
  temp.remove();
}

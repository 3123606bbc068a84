// Sums the vitest and Playwright JSON reports into the one plain line CI reads:
// "N passed, N failed". A suite that never ran while `npm test` failed counts as one failure,
// so a lint or typecheck failure can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const [status, vitestReport, playwrightReport] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let missing = 0;

if (vitestReport && existsSync(vitestReport)) {
  const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
} else missing++;

if (playwrightReport && existsSync(playwrightReport)) {
  const s = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
} else missing++;

if (Number(status) !== 0 && failed === 0) failed = Math.max(1, missing);
console.log(`${passed} passed, ${failed} failed`);

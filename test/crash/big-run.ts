// `npm run crash:big`: the crash tests at full size (a 100,000-row import, more kills), with a
// report per operation. `npm run crash:big -- salary-import` runs one; CRASH_SEED=n picks other
// kill moments; CRASH_TRIALS=n sets the number of kills per operation. Exits 1 on any failure.
import { formatReport, runCrashTrials } from './harness';
import { isOperationName, type OperationName } from './operations';

const SIZES: Record<OperationName, number> = { 'salary-import': 100_000, migration: 100_000, backup: 200_000, 'json-import': 100_000 };
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const trials = Number(process.env.CRASH_TRIALS ?? 10);
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isOperationName(name));
if (unknown.length > 0) throw new Error(`unknown operation(s): ${unknown.join(', ')}; known: ${Object.keys(SIZES).join(', ')}`);
const operations = asked.length > 0 ? asked.filter(isOperationName) : (Object.keys(SIZES) as OperationName[]);

let failed = false;
for (const operation of operations) {
  const started = performance.now();
  const report = await runCrashTrials(operation, { size: SIZES[operation], trials, seed });
  const bad = report.trials.filter((t) => t.matched === null || t.recovered === null);
  const cut = report.trials.filter((t) => t.cutMidway).length;
  console.log(formatReport(report));
  for (const t of bad) console.log(`  FAILED state: ${JSON.stringify(t.state)}`);
  console.log(`  ${report.trials.length - bad.length}/${report.trials.length} intact and before-or-after, ${cut} kills provably mid-operation, ${Math.round((performance.now() - started) / 1000)} s\n`);
  if (bad.length > 0 || cut === 0) failed = true;
}
process.exitCode = failed ? 1 : 0;

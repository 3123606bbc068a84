// Runs Electronegativity over the Electron sources and fails on any finding that
// electronegativity-allow.json does not name with its reason (and on any allow-list entry that no
// longer matches a finding, so the list cannot rot). The tool's own exit code is 0 whatever it
// finds, so this script judges its results itself.
//
// It scans the TypeScript sources under electron/ (main, preload, core, web-host), not the built
// out/ files: findings then name the file and line people edit, the allow-list can name stable
// source files, it runs without a build, and the bundled renderer in out/ uses syntax the tool's
// parser rejects (class static blocks). The renderer's CSP, which the tool would read from
// index.html, is filled in at build time and tested directly (test/unit/main/csp.test.ts,
// test/e2e/csp.spec.ts).
//
// Offline: the tool fetches translations and Electron's release list over the network. Its HTTP
// client is replaced by one that refuses at once (the bundled en-US texts are used), and the one
// check that needs the release list (AvailableSecurityFixesGlobalCheck) is skipped through the
// allow-list's skipChecks, with its reason.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = 'electron';
const ALLOW_FILE = 'electronegativity-allow.json';

const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [toolDir] });
const refuse = () => Promise.reject(new Error('no network in the security scan'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: { __esModule: true, default: refuse } };
process.env.LANG = 'en-US';

const allow = JSON.parse(readFileSync(path.join(ROOT, ALLOW_FILE), 'utf8'));
const problems = [];
for (const entry of [...allow.findings, ...allow.skipChecks]) {
  if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) problems.push(`${ALLOW_FILE}: ${JSON.stringify(entry)} needs a reason`);
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const run = require(path.join(toolDir, 'dist/runner.js'));
// The tool logs its failed translation fetch with console.log; keep the output to our verdict.
const log = console.log;
console.log = () => undefined;
let result;
try {
  result = await run(
    {
      input: path.join(ROOT, SCANNED),
      customScan: [],
      excludeFromScan: allow.skipChecks.map((s) => s.check.toLowerCase()),
      isRelative: true,
      parserPlugins: [],
      // The installed Electron, so checks judge against its defaults (no package.json is scanned).
      electronVersionOverride: electronVersion,
    },
    false,
  );
} finally {
  console.log = log;
}

for (const error of result.errors) problems.push(`could not scan ${path.relative(ROOT, error.file)}: ${error.message}`);

const fileOf = (issue) => (issue.file === 'N/A' ? 'N/A' : path.posix.join(SCANNED, issue.file.split(path.sep).join('/')));
const used = new Set();
for (const issue of result.issues) {
  const file = fileOf(issue);
  const entry = allow.findings.find((f) => f.check === issue.id && f.file === file);
  if (entry) used.add(entry);
  else problems.push(`${issue.id} in ${file}:${issue.location.line}:${issue.location.column} (${issue.severity.name}): ${issue.description} ${issue.shortenedURL}`);
}
for (const entry of allow.findings) {
  if (!used.has(entry)) problems.push(`${ALLOW_FILE} allows ${entry.check} in ${entry.file}, which is no longer found: remove the entry`);
}

if (problems.length > 0) {
  console.error(`Electronegativity (Electron ${electronVersion}): ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Electronegativity (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks over ${SCANNED}/, ` +
    `${result.issues.length} finding(s), all allowed in ${ALLOW_FILE}.`,
);

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Debian's Chromium (the /usr/bin wrapper prints noise, so the real binary first). */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumProbe {
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium for this version, downloaded or not. */
  playwrightChromium: () => string;
}

export type ChromiumChoice =
  | { kind: 'found'; path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright' }
  /** CHROMIUM_PATH names a file that is not there: a mistake to report, not to paper over with a download. */
  | { kind: 'bad-env'; path: string }
  /** Nothing installed: Playwright's Chromium is to be downloaded to `path`. */
  | { kind: 'download'; path: string };

/**
 * CHROMIUM_PATH, else the system's Chromium (kept first so machines that cannot download keep
 * working), else the Chromium Playwright downloaded, else that one is still to be downloaded.
 */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  const fromEnv = probe.env.CHROMIUM_PATH;
  if (fromEnv) return probe.exists(fromEnv) ? { kind: 'found', path: fromEnv, source: 'CHROMIUM_PATH' } : { kind: 'bad-env', path: fromEnv };
  const system = SYSTEM_CHROMIUM_PATHS.find((p) => probe.exists(p));
  if (system) return { kind: 'found', path: system, source: 'system' };
  const bundled = probe.playwrightChromium();
  return probe.exists(bundled) ? { kind: 'found', path: bundled, source: 'playwright' } : { kind: 'download', path: bundled };
}

const requireHere = createRequire(import.meta.url);

const realProbe = (): ChromiumProbe => ({
  env: process.env,
  exists: existsSync,
  playwrightChromium: () => (requireHere('playwright-core') as typeof import('playwright-core')).chromium.executablePath(),
});

export const INSTALL_COMMAND = 'npx playwright install --no-shell chromium';

const badEnvMessage = (file: string) => `CHROMIUM_PATH is set to ${file}, which does not exist.`;
const noChromiumMessage =
  `No Chromium found: install your system's Chromium (Debian: apt-get install chromium), set CHROMIUM_PATH, ` +
  `or download Playwright's with \`${INSTALL_COMMAND}\`.`;

/**
 * The Chromium the web host prints PDFs with and the end-to-end tests drive. Never downloads
 * (the web host must not stall on a download): see ensureChromium.
 */
export function findChromium(probe: ChromiumProbe = realProbe()): string {
  const choice = chooseChromium(probe);
  if (choice.kind === 'found') return choice.path;
  throw new Error(choice.kind === 'bad-env' ? badEnvMessage(choice.path) : noChromiumMessage);
}

export interface InstallDeps {
  log: (message: string) => void;
  /** Runs Playwright's installer with its progress shown; returns its exit code. */
  install: (command: string, args: string[]) => number;
}

/** Runs playwright-core's own CLI with this Node, so no npx or network lookup of a package is involved. */
export function playwrightInstallArgs(): { command: string; args: string[] } {
  const cli = path.join(path.dirname(requireHere.resolve('playwright-core/package.json')), 'cli.js');
  return { command: process.execPath, args: [cli, 'install', '--no-shell', 'chromium'] };
}

const realInstall: InstallDeps = {
  log: (message) => console.log(`[chromium] ${message}`),
  install: (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1,
};

/**
 * findChromium for the test runner: on a machine with neither a system Chromium nor
 * CHROMIUM_PATH, downloads Playwright's Chromium on first use, saying so.
 */
export function ensureChromium(probe: ChromiumProbe = realProbe(), deps: InstallDeps = realInstall): string {
  const choice = chooseChromium(probe);
  if (choice.kind === 'found') return choice.path;
  if (choice.kind === 'bad-env') throw new Error(badEnvMessage(choice.path));
  deps.log(
    `No system Chromium (looked for ${SYSTEM_CHROMIUM_PATHS.join(', ')}) and no CHROMIUM_PATH: ` +
      `downloading Playwright's Chromium once (${INSTALL_COMMAND}, about 170 MB) into ${path.dirname(path.dirname(choice.path))}.`,
  );
  const { command, args } = playwrightInstallArgs();
  const status = deps.install(command, args);
  if (status !== 0 || !probe.exists(choice.path)) {
    throw new Error(
      `Downloading Playwright's Chromium failed (exit code ${status}). Without network access, install your system's ` +
        'Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  deps.log(`Using Playwright's Chromium: ${choice.path}`);
  return choice.path;
}

/** Flags for a headless Chromium on a build machine: no sandbox (containers), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

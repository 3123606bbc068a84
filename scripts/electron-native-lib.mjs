// Pure decisions of electron-native.mjs, kept apart so they can be unit-tested.
// The naming must match nativeDirName in electron/main/paths.ts (a test checks both agree).
import path from 'node:path';

/** Printed after any failure: the same app runs in a browser with no Electron download at all. */
export const WEB_HOST_HINT =
  'Without Electron, you can still use Trajectory in your browser: run `npm run web` and open the address it prints.';

export const OFFLINE_MESSAGE =
  'Trajectory needs the Electron binary and an Electron build of better-sqlite3; both are ' +
  'downloaded once, and this machine is offline. node_modules was not changed.';

/** @param {import('./electron-native-lib.d.mts').NativeKey} key */
export function nativeDirName(key) {
  return `electron-${key.electronVersion}-bs3-${key.bs3Version}-${key.platform}-${key.arch}`;
}

/** @param {string} repoRoot @param {import('./electron-native-lib.d.mts').NativeKey} key */
export function nativePaths(repoRoot, key) {
  const dir = path.join(repoRoot, '.native', nativeDirName(key));
  return { dir, binding: path.join(dir, 'better_sqlite3.node'), stamp: path.join(dir, 'stamp.json') };
}

const KEY_FIELDS = /** @type {const} */ (['electronVersion', 'bs3Version', 'platform', 'arch']);

/**
 * A stamp is current when it names the same versions, platform and arch, and the binding on
 * disk is the very file that was checked (same sha256).
 * @param {unknown} stamp @param {import('./electron-native-lib.d.mts').NativeKey} key @param {string | null} bindingSha256
 */
export function isStampCurrent(stamp, key, bindingSha256) {
  if (typeof stamp !== 'object' || stamp === null || bindingSha256 === null) return false;
  const record = /** @type {Record<string, unknown>} */ (stamp);
  return KEY_FIELDS.every((field) => record[field] === key[field]) && record.sha256 === bindingSha256;
}

/**
 * Without npm's settings: npm_config_target, _runtime, _nodedir or _build_from_source leaking in
 * from `npm start` make prebuild-install and node-gyp quietly produce a Node build.
 * @param {NodeJS.ProcessEnv} env
 */
export function scrubNpmConfig(env) {
  /** @type {NodeJS.ProcessEnv} */
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (!/^npm_config_/i.test(name)) clean[name] = value;
  }
  return clean;
}

const OFFLINE_PATTERNS = [
  /\bENOTFOUND\b/,
  /\bECONNREFUSED\b/,
  /\bEAI_AGAIN\b/,
  /\bENETUNREACH\b/,
  /\bEHOSTUNREACH\b/,
  /\bETIMEDOUT\b/,
  /\bECONNRESET\b/,
  /network connectivity/i, // node-gyp's wording when the headers download fails
];

/** The first output line that says the network is unreachable, or null. @param {string} output */
export function offlineEvidence(output) {
  return output.split(/\r?\n/).find((line) => OFFLINE_PATTERNS.some((re) => re.test(line)))?.trim() ?? null;
}

/**
 * The NODE_MODULE_VERSION a binary was compiled against, from the error Node throws when it
 * refuses to load it; null when the error is something else.
 * @param {string} message
 */
export function compiledAbi(message) {
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/** @param {string} output @param {number} [lines] */
export function tail(output, lines = 15) {
  return output.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

/**
 * Electron's binary as its installer left it (path.txt names it inside dist/), or null when it
 * is missing: never installed (npm skipped the postinstall, or it failed offline) or cut short.
 * @param {string} electronDir node_modules/electron
 * @param {(file: string) => boolean} exists
 * @param {(file: string) => string} readText
 */
export function electronBinaryFile(electronDir, exists, readText) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!exists(pathFile)) return null;
  const relative = readText(pathFile).trim();
  if (relative === '') return null;
  const binary = path.join(electronDir, 'dist', relative);
  return exists(binary) ? binary : null;
}

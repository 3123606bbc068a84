#!/usr/bin/env node
// Run by `npm start` / `npm run dev` before electron-vite. Makes sure that
//  (a) Electron's binary is installed (package.json denies its postinstall, which fails offline), and
//  (b) an Electron-ABI build of better-sqlite3 exists in .native/, OUTSIDE node_modules, whose
//      Node build the tests and the web host keep using: one .node file cannot serve both ABIs,
//      and rebuilding inside node_modules offline deletes the Node build first.
// Both need the network once. Offline it fails fast with one clear message and leaves
// node_modules as it was (only electron's own install.js ever writes there, on success).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  OFFLINE_MESSAGE,
  WEB_HOST_HINT,
  compiledAbi,
  electronBinaryFile,
  isStampCurrent,
  nativeDirName,
  nativePaths,
  offlineEvidence,
  scrubNpmConfig,
  tail,
} from './electron-native-lib.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..');
const modules = path.join(repoRoot, 'node_modules');
const electronDir = path.join(modules, 'electron');
const bs3Dir = path.join(modules, 'better-sqlite3');

const MINUTE = 60_000;
const TIMEOUTS = { electronInstall: 10 * MINUTE, prebuildInstall: MINUTE, nodeGyp: 15 * MINUTE, loadCheck: 20_000 };

class SetupError extends Error {}

const log = (/** @type {string} */ message) => console.log(`[electron-native] ${message}`);

/** @param {string} file */
const readJson = (file) => /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(file, 'utf8')));

/** @param {string} file */
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Runs a Node script with a hard timeout, collecting its output.
 * @param {string} script @param {string[]} args @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number }} options
 * @returns {Promise<{ ok: boolean, output: string, timedOut: boolean, reason: string }>}
 */
function runNode(script, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const collect = (/** @type {Buffer} */ chunk) => (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${output}\n${error.message}`, timedOut, reason: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : signal ? `killed by ${signal}` : `exit code ${code}`;
      resolve({ ok: code === 0 && !timedOut, output, timedOut, reason });
    });
  });
}

/**
 * The error to report for a failed step: the offline message when the output says the network
 * is unreachable (or a download step hung), the step's own output otherwise.
 * @param {string} step @param {{ output: string, timedOut: boolean, reason: string }} result @param {boolean} networkStep
 */
function stepFailure(step, result, networkStep) {
  const evidence = offlineEvidence(result.output) ?? (networkStep && result.timedOut ? result.reason : null);
  if (evidence) return new SetupError(`${OFFLINE_MESSAGE}\n(${step}: ${evidence})`);
  return new SetupError(`${step} failed (${result.reason}):\n${tail(result.output)}`);
}

const readText = (/** @type {string} */ file) => readFileSync(file, 'utf8');
const installedElectron = () => electronBinaryFile(electronDir, existsSync, readText);

async function ensureElectronBinary() {
  if (installedElectron()) return;
  const version = String(readJson(path.join(electronDir, 'package.json')).version);
  log(`Electron's binary is not installed yet: downloading Electron ${version} (first run only, about 100 MB)...`);
  // Whoever runs `npm start` wants the binary, even if CI's skip switch is in the environment.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = await runNode(path.join(electronDir, 'install.js'), [], {
    cwd: electronDir,
    env,
    timeoutMs: TIMEOUTS.electronInstall,
  });
  if (!result.ok || !installedElectron()) {
    throw stepFailure(`downloading Electron ${version}`, result, true);
  }
}

/** node-gyp from the project, else the copy bundled with npm. */
function findNodeGyp() {
  const npmDir = process.env.npm_execpath ? path.resolve(path.dirname(process.env.npm_execpath), '..') : null;
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    path.join(modules, 'node-gyp'),
    npmDir && path.join(npmDir, 'node_modules', 'node-gyp'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp'),
  ];
  return candidates
    .filter((dir) => dir !== null)
    .map((dir) => path.join(dir, 'bin', 'node-gyp.js'))
    .find((file) => existsSync(file));
}

/**
 * Fails unless `file` is refused by this Node for its NODE_MODULE_VERSION (expected: Electron's).
 * In a child process, so a binary that does load (a Node build) never runs in this one.
 * @param {string} file @param {number | null} electronAbi
 */
async function checkIsElectronBuild(file, electronAbi) {
  const probe = path.join(import.meta.dirname, 'electron-native-probe.cjs');
  const result = await runNode(probe, [file], { cwd: repoRoot, env: scrubNpmConfig(process.env), timeoutMs: TIMEOUTS.loadCheck });
  if (result.ok) {
    throw new SetupError(`The better-sqlite3 build loads in plain Node ${process.version}: it is a Node build, not an Electron one. Nothing was installed.`);
  }
  const abi = compiledAbi(result.output);
  if (abi === null) throw new SetupError(`The better-sqlite3 build could not be checked:\n${tail(result.output)}`);
  if (electronAbi !== null && abi !== electronAbi) {
    throw new SetupError(`The better-sqlite3 build targets NODE_MODULE_VERSION ${abi}; Electron needs ${electronAbi}. Nothing was installed.`);
  }
  return abi;
}

/** @param {import('./electron-native-lib.d.mts').NativeKey} key @param {string} workDir */
async function buildInto(key, workDir) {
  const env = scrubNpmConfig(process.env);
  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  const target = `--target=${key.electronVersion}`;
  const prebuild = path.join(modules, 'prebuild-install', 'bin.js');
  if (existsSync(prebuild)) {
    log('Downloading a prebuilt better-sqlite3 for Electron (first run only)...');
    const args = ['--runtime=electron', target, `--platform=${key.platform}`, `--arch=${key.arch}`, '--verbose'];
    const result = await runNode(prebuild, args, { cwd: workDir, env, timeoutMs: TIMEOUTS.prebuildInstall });
    if (result.ok && existsSync(built)) return { built, source: 'prebuild-install' };
    // Compiling needs Electron's headers from the same network: when that is down, stop here.
    const failure = stepFailure('prebuild-install', result, true);
    if (failure.message.startsWith(OFFLINE_MESSAGE)) throw failure;
  }
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new SetupError('No prebuilt better-sqlite3 for this Electron, and node-gyp was not found to compile one.');
  log('Compiling better-sqlite3 for Electron (a few minutes, first run only)...');
  const args = ['rebuild', '--release', '--runtime=electron', target, `--arch=${key.arch}`, '--dist-url=https://electronjs.org/headers'];
  const result = await runNode(nodeGyp, args, { cwd: workDir, env, timeoutMs: TIMEOUTS.nodeGyp });
  if (!result.ok || !existsSync(built)) throw stepFailure('node-gyp rebuild', result, false);
  return { built, source: 'node-gyp' };
}

async function ensureNativeBinding() {
  const key = {
    electronVersion: String(readJson(path.join(electronDir, 'package.json')).version),
    bs3Version: String(readJson(path.join(bs3Dir, 'package.json')).version),
    platform: process.platform,
    arch: process.arch,
  };
  const paths = nativePaths(repoRoot, key);
  const stamp = existsSync(paths.stamp) ? readJson(paths.stamp) : null;
  if (isStampCurrent(stamp, key, existsSync(paths.binding) ? sha256(paths.binding) : null)) return;

  const abiFile = path.join(electronDir, 'abi_version');
  const electronAbi = existsSync(abiFile) ? Number(readFileSync(abiFile, 'utf8').trim()) : null;
  // A private copy without build/, so nothing ever writes into node_modules/better-sqlite3.
  const workDir = path.join(repoRoot, '.native', `tmp-${nativeDirName(key)}-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  try {
    cpSync(bs3Dir, workDir, { recursive: true, filter: (source) => source !== path.join(bs3Dir, 'build') });
    const { built, source } = await buildInto(key, workDir);
    const abi = await checkIsElectronBuild(built, electronAbi);
    mkdirSync(paths.dir, { recursive: true });
    // Copy then rename, so a half-written file never sits at the final path.
    copyFileSync(built, `${paths.binding}.partial`);
    renameSync(`${paths.binding}.partial`, paths.binding);
    const stampJson = { ...key, abi, source, sha256: sha256(paths.binding), builtAt: new Date().toISOString() };
    writeFileSync(paths.stamp, `${JSON.stringify(stampJson, null, 2)}\n`);
    log(`Electron build of better-sqlite3 ready: ${path.relative(repoRoot, paths.binding)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  await ensureElectronBinary();
  await ensureNativeBinding();
} catch (error) {
  console.error(error instanceof SetupError ? error.message : error);
  console.error(`\n${WEB_HOST_HINT}`);
  process.exitCode = 1;
}

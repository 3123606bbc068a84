import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_MESSAGE,
  WEB_HOST_HINT,
  compiledAbi,
  isStampCurrent,
  nativePaths,
  offlineEvidence,
  scrubNpmConfig,
} from '../../../scripts/electron-native-lib.mjs';

const scriptsDir = path.resolve(import.meta.dirname, '../../../scripts');
const nodeBuild = path.resolve(import.meta.dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const key = { electronVersion: '41.7.1', bs3Version: '12.11.1', platform: process.platform, arch: process.arch };

describe('electron-native decisions', () => {
  it('accepts a stamp only for the same versions, platform, arch and file', () => {
    const stamp = { ...key, abi: 145, sha256: 'abc' };
    expect(isStampCurrent(stamp, key, 'abc')).toBe(true);
    expect(isStampCurrent(stamp, key, 'other')).toBe(false);
    expect(isStampCurrent(stamp, key, null)).toBe(false);
    expect(isStampCurrent({ ...stamp, electronVersion: '41.7.0' }, key, 'abc')).toBe(false);
    expect(isStampCurrent({ ...stamp, bs3Version: '12.11.0' }, key, 'abc')).toBe(false);
    expect(isStampCurrent({ ...stamp, arch: 'ia32' }, key, 'abc')).toBe(false);
    expect(isStampCurrent(null, key, 'abc')).toBe(false);
    expect(isStampCurrent('stamp', key, 'abc')).toBe(false);
  });

  it('removes every npm_config_* variable, whatever its case, and keeps the rest', () => {
    const env = { npm_config_target: '20.20.2', NPM_CONFIG_RUNTIME: 'node', npm_config_nodedir: '/x', PATH: '/bin', HOME: '/h' };
    expect(scrubNpmConfig(env)).toEqual({ PATH: '/bin', HOME: '/h' });
  });

  it('recognises the network failures of install.js, prebuild-install and node-gyp', () => {
    expect(offlineEvidence('RequestError: getaddrinfo ENOTFOUND github.com\n  at x')).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(offlineEvidence('prebuild-install warn install connect ECONNREFUSED 1.2.3.4:443')).not.toBeNull();
    expect(offlineEvidence('getaddrinfo EAI_AGAIN electronjs.org')).not.toBeNull();
    expect(offlineEvidence('gyp ERR! stack Error: This is most likely ... is related to network connectivity.')).not.toBeNull();
    expect(offlineEvidence('prebuild-install warn install No prebuilt binaries found (target=41.7.1 runtime=electron)')).toBeNull();
    expect(offlineEvidence('error: ‘foo’ was not declared in this scope')).toBeNull();
  });

  it("reads the ABI from Node's refusal to load a module", () => {
    const refusal = `The module '/x.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 145. This version of Node.js requires\nNODE_MODULE_VERSION 115.`;
    expect(compiledAbi(refusal)).toBe(145);
    expect(compiledAbi('/x.node: file too short')).toBeNull();
  });
});

// The real script, run in a throwaway repo whose node_modules holds small stand-ins for
// electron's installer, prebuild-install and node-gyp, so no test ever touches the network.
interface Fakes {
  /** true: path.txt and the binary it names; 'path.txt only': a download cut short. */
  electronInstalled?: boolean | 'path.txt only';
  installJs?: string;
  prebuildInstall?: string;
  nodeGyp?: string;
}

const recordCall = (name: string) =>
  `require('fs').writeFileSync(require('path').join(process.env.TEST_MARKERS, '${name}.json'), JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2), env: Object.keys(process.env) }));`;
const copyIntoBuild = (from: string) =>
  `const fs = require('fs'), path = require('path'); fs.mkdirSync('build/Release', { recursive: true }); fs.copyFileSync(${JSON.stringify(from)}, path.join('build/Release/better_sqlite3.node'));`;

function writeModule(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), files['package.json'] ?? '{"type":"commonjs"}');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

function fakeRepo(fakes: Fakes) {
  const root = mkdtempSync(path.join(tmpdir(), 'trajectory-native-'));
  const markers = path.join(root, 'markers');
  mkdirSync(markers);
  mkdirSync(path.join(root, 'scripts'));
  for (const file of ['electron-native.mjs', 'electron-native-lib.mjs', 'electron-native-probe.cjs']) {
    copyFileSync(path.join(scriptsDir, file), path.join(root, 'scripts', file));
  }
  const modules = path.join(root, 'node_modules');
  writeModule(path.join(modules, 'electron'), {
    'package.json': JSON.stringify({ name: 'electron', version: key.electronVersion }),
    abi_version: '145',
    'install.js': `${recordCall('electron-install')}\n${fakes.installJs ?? ''}`,
    ...(fakes.electronInstalled ? { 'path.txt': 'electron' } : {}),
    ...(fakes.electronInstalled === true ? { 'dist/electron': 'the Electron binary' } : {}),
  });
  writeModule(path.join(modules, 'better-sqlite3'), {
    'package.json': JSON.stringify({ name: 'better-sqlite3', version: key.bs3Version }),
    'lib/index.js': 'module.exports = {};',
    'build/Release/better_sqlite3.node': 'the Node build, which must stay untouched',
  });
  if (fakes.prebuildInstall !== undefined) {
    writeModule(path.join(modules, 'prebuild-install'), { 'bin.js': `${recordCall('prebuild-install')}\n${fakes.prebuildInstall}` });
  }
  writeModule(path.join(modules, 'node-gyp'), { 'bin/node-gyp.js': `${recordCall('node-gyp')}\n${fakes.nodeGyp ?? 'process.exit(1);'}` });

  // Every file under node_modules with a hash of its content: must be the same after any run.
  const snapshot = () =>
    readdirSync(modules, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return `${path.relative(modules, file)} ${createHash('sha1').update(readFileSync(file)).digest('hex')}`;
      })
      .sort();
  const called = (name: string) => {
    const file = path.join(markers, `${name}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { cwd: string; args: string[]; env: string[] }) : null;
  };
  const run = () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'electron-native.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH, TEST_MARKERS: markers, npm_config_target: '20.20.2', npm_config_runtime: 'node' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const nativeDir = path.join(root, '.native');
  const nativeEntries = () => (existsSync(nativeDir) ? readdirSync(nativeDir) : []);
  return { root, run, called, snapshot, nativeEntries };
}

const OFFLINE_PREBUILD = "console.error('prebuild-install warn install getaddrinfo ENOTFOUND github.com'); process.exit(1);";

describe('scripts/electron-native.mjs', () => {
  it('offline without the Electron binary: fails fast with the message, before building anything', () => {
    const repo = fakeRepo({
      installJs: "console.error('RequestError: getaddrinfo ENOTFOUND github.com'); process.exit(1);",
      prebuildInstall: OFFLINE_PREBUILD,
    });
    const before = repo.snapshot();
    const { status, output } = repo.run();
    expect(status).toBe(1);
    expect(output).toContain(OFFLINE_MESSAGE);
    expect(output).toContain('ENOTFOUND github.com');
    expect(output).toContain('npm run web');
    expect(output).toContain(WEB_HOST_HINT);
    // Failing fast means failing on the first network error, not after one of the script's timeouts.
    expect(output).not.toMatch(/no answer within/);
    expect(repo.called('electron-install')).not.toBeNull();
    expect(repo.called('prebuild-install')).toBeNull();
    expect(repo.snapshot()).toEqual(before);
  });

  it('runs install.js even when CI set ELECTRON_SKIP_BINARY_DOWNLOAD, and fails if it did not install', () => {
    const repo = fakeRepo({ installJs: 'process.exit(0);' });
    const { status, output } = repo.run();
    expect(repo.called('electron-install')?.env).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(status).toBe(1);
    expect(output).toMatch(/downloading Electron 41\.7\.1 failed/);
    expect(output).toContain(WEB_HOST_HINT);
  });

  it('a path.txt whose binary is missing (a download cut short) counts as not installed', () => {
    const repo = fakeRepo({ electronInstalled: 'path.txt only', installJs: 'process.exit(0);' });
    const { status, output } = repo.run();
    expect(repo.called('electron-install')).not.toBeNull();
    expect(output).toContain("Electron's binary is not installed yet: downloading Electron 41.7.1");
    expect(status).toBe(1);
    expect(output).toMatch(/downloading Electron 41\.7\.1 failed/);
  });

  it('goes on to the native build once install.js has put the binary in place', () => {
    const installs = "const fs = require('fs'); fs.mkdirSync('dist'); fs.writeFileSync('dist/electron', 'bin'); fs.writeFileSync('path.txt', 'electron');";
    const repo = fakeRepo({ installJs: installs, prebuildInstall: OFFLINE_PREBUILD });
    const { status, output } = repo.run();
    expect(output).toContain('downloading Electron 41.7.1 (first run only');
    expect(repo.called('electron-install')?.cwd).toBe(path.join(repo.root, 'node_modules', 'electron'));
    expect(repo.called('prebuild-install')).not.toBeNull();
    expect(status).toBe(1);
    expect(output).toContain(OFFLINE_MESSAGE);
  });

  it('offline with Electron present: prebuild-install fails fast, node-gyp is not tried, nothing is left behind', () => {
    const repo = fakeRepo({ electronInstalled: true, prebuildInstall: OFFLINE_PREBUILD });
    const before = repo.snapshot();
    const { status, output } = repo.run();
    expect(status).toBe(1);
    expect(output).toContain(OFFLINE_MESSAGE);
    expect(output).toContain(WEB_HOST_HINT);
    // Failing fast means failing on the first network error, not after one of the script's timeouts.
    expect(output).not.toMatch(/no answer within/);

    const prebuild = repo.called('prebuild-install');
    expect(prebuild?.args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=41.7.1']));
    // It ran in a private copy, never in node_modules, and without npm's settings.
    expect(prebuild?.cwd).toContain(`${path.sep}.native${path.sep}tmp-`);
    expect(prebuild?.env.filter((name) => /^npm_config_/i.test(name))).toEqual([]);
    expect(repo.called('node-gyp')).toBeNull();
    expect(repo.snapshot()).toEqual(before);
    expect(repo.nativeEntries()).toEqual([]);
  });

  it('refuses a result that loads in plain Node (a Node build posing as Electron)', () => {
    const repo = fakeRepo({
      electronInstalled: true,
      prebuildInstall: "console.error('prebuild-install warn install No prebuilt binaries found'); process.exit(1);",
      nodeGyp: copyIntoBuild(nodeBuild),
    });
    const { status, output } = repo.run();
    expect(status).toBe(1);
    expect(output).toMatch(/loads in plain Node .*: it is a Node build/);
    expect(repo.called('node-gyp')?.args).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=41.7.1', '--dist-url=https://electronjs.org/headers']),
    );
    expect(repo.called('node-gyp')?.env.filter((name) => /^npm_config_/i.test(name))).toEqual([]);
    expect(repo.nativeEntries()).toEqual([]);
  });

  const cc = spawnSync('cc', ['--version']).status === 0;
  it.runIf(cc && process.platform === 'linux')('installs an Electron-ABI build once, with a stamp, then does nothing', () => {
    // A minimal module that registers itself as NODE_MODULE_VERSION 145 (Electron 41's ABI).
    const work = mkdtempSync(path.join(tmpdir(), 'trajectory-abi-'));
    const source = path.join(work, 'abi.c');
    const fakeElectronBuild = path.join(work, 'abi.node');
    writeFileSync(
      source,
      `struct node_module { int v; unsigned f; void* h; const char* fn; void* r; void* cr; const char* n; void* p; void* l; };
       extern void node_module_register(void*);
       static struct node_module m = {145, 0, 0, "abi.c", 0, 0, "abi", 0, 0};
       __attribute__((constructor)) static void init(void) { node_module_register(&m); }`,
    );
    expect(spawnSync('cc', ['-shared', '-fPIC', '-o', fakeElectronBuild, source]).status).toBe(0);

    const repo = fakeRepo({ electronInstalled: true, prebuildInstall: copyIntoBuild(fakeElectronBuild) });
    const before = repo.snapshot();
    const first = repo.run();
    expect(first.output).toContain('ready');
    expect(first.status).toBe(0);
    const paths = nativePaths(repo.root, key);
    expect(readFileSync(paths.binding)).toEqual(readFileSync(fakeElectronBuild));
    expect(JSON.parse(readFileSync(paths.stamp, 'utf8'))).toMatchObject({ ...key, abi: 145, source: 'prebuild-install' });
    expect(repo.nativeEntries()).toEqual([path.basename(paths.dir)]);
    expect(repo.snapshot()).toEqual(before);

    // Second run: the stamp is current, nothing is downloaded again.
    const markers = path.join(repo.root, 'markers');
    for (const marker of readdirSync(markers)) writeFileSync(path.join(markers, marker), '');
    const second = repo.run();
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(markers, 'prebuild-install.json'), 'utf8')).toBe('');
  });
});

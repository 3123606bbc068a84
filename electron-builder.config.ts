import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { bundledDataDir, bundledMigrationsDir } from './electron/core/resource-layout';
import { resolveAppPaths, type NativeKey } from './electron/main/app-paths';
import { afterPack } from './scripts/packaging/after-pack';
import { buildFlavour } from './scripts/packaging/fuses';

// The installers (`npm run dist`, scripts/dist.mjs). Every place a file is copied to is derived
// from resolveAppPaths, the function the packaged app uses to find it.

const repoRoot = import.meta.dirname;

function installedVersion(pkg: string): string {
  const raw: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8'));
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (typeof version !== 'string') throw new Error(`node_modules/${pkg}/package.json has no version.`);
  return version;
}

/** Forward slashes, as electron-builder's patterns want on every OS. */
const slashed = (relative: string): string => relative.split(path.sep).join('/');

/**
 * The native build for the platform and arch being packed: electron-builder expands
 * ${platform} (the host's process.platform: installers are built on their own OS) and ${arch}.
 */
export const nativeKeyPattern = (): NativeKey => ({
  electronVersion: installedVersion('electron'),
  bs3Version: installedVersion('better-sqlite3'),
  platform: '${platform}',
  arch: '${arch}',
});

/** Where the repo keeps the files (unpackaged app) and where the packaged app expects them. */
export function resourceLayout() {
  const inRepo = resolveAppPaths({
    mainDir: path.join(repoRoot, 'out', 'main'),
    isPackaged: false,
    userDataDir: repoRoot,
    resourcesPath: repoRoot,
    nativeKey: nativeKeyPattern,
  });
  const resources = path.join(repoRoot, 'packaged-resources');
  const packaged = resolveAppPaths({
    mainDir: path.join(resources, 'app.asar', 'out', 'main'),
    isPackaged: true,
    userDataDir: repoRoot,
    resourcesPath: resources,
    nativeKey: () => {
      throw new Error('A packaged app names no native build.');
    },
  });
  const fromRepo = (file: string) => slashed(path.relative(repoRoot, file));
  const toResources = (file: string) => slashed(path.relative(resources, file));
  return [
    { from: fromRepo(inRepo.nativeBinding), to: toResources(packaged.nativeBinding) },
    { from: fromRepo(bundledDataDir(inRepo.resourcesDir)), to: toResources(bundledDataDir(packaged.resourcesDir)) },
    { from: fromRepo(bundledMigrationsDir(inRepo.resourcesDir)), to: toResources(bundledMigrationsDir(packaged.resourcesDir)) },
  ];
}

const flavour = buildFlavour(process.env);
const extraResources = resourceLayout();

const config: Configuration = {
  appId: 'app.trajectory.desktop',
  productName: 'Trajectory',
  copyright: 'Copyright © Trajectory contributors',
  directories: { output: flavour === 'test' ? 'dist/test-build' : 'dist', buildResources: 'build' },
  // The Electron build of better-sqlite3 comes ready-made from .native/ (scripts/electron-native.mjs);
  // rebuilding inside node_modules would replace the Node build that the tests and the web host use.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Only the built app and its runtime dependencies (electron-builder adds `dependencies`, never
  // devDependencies): no sources, tests, docs or scripts. better-sqlite3's own Node build and C
  // sources stay out; the Electron build is an extra resource.
  files: [
    'out/**',
    'package.json',
    'node_modules/**',
    '!node_modules/better-sqlite3/{build,deps,src}/**',
    '!**/*.{map,md,markdown,ts,tsx}',
  ],
  // The worker thread (out/main/worker.js) stays in app.asar: Electron sets up asar reading in
  // worker threads as in the main process, and the worker imports packages that live in app.asar.
  asar: true,
  // The binary `npm start` installed (node_modules/electron/dist), not a second download.
  electronDist: 'node_modules/electron/dist',
  extraResources,
  afterPack: (context) => afterPack(context, extraResources.map((resource) => resource.to)),
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'trajectory',
    category: 'Office',
    maintainer: 'Trajectory contributors <trajectory@localhost>',
    synopsis: 'Offline desktop career planner',
  },
  deb: { packageName: 'trajectory' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  artifactName: flavour === 'test' ? '${productName}-${version}-test-${arch}.${ext}' : '${productName}-${version}-${arch}.${ext}',
};

export default config;

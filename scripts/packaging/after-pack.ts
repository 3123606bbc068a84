import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { buildFlavour, fuseConfig, type ElectronPlatform } from './fuses';

export interface PackedApp {
  appOutDir: string;
  platform: ElectronPlatform;
  /** appInfo.productFilename: names the .app and the .exe. */
  productFilename: string;
  /** The Linux executable's name (linux.executableName). */
  linuxExecutableName: string;
}

/** The Electron binary inside a packed app, the file whose fuses are flipped. */
export function electronBinaryPath(app: PackedApp): string {
  switch (app.platform) {
    case 'darwin':
    case 'mas':
      // @electron/fuses takes the .app bundle and finds the binary inside it.
      return path.join(app.appOutDir, `${app.productFilename}.app`);
    case 'win32':
      return path.join(app.appOutDir, `${app.productFilename}.exe`);
    case 'linux':
      return path.join(app.appOutDir, app.linuxExecutableName);
  }
}

/** The packed app's resources folder, process.resourcesPath once installed. */
export function resourcesDirOf(app: PackedApp): string {
  return app.platform === 'darwin' || app.platform === 'mas'
    ? path.join(app.appOutDir, `${app.productFilename}.app`, 'Contents', 'Resources')
    : path.join(app.appOutDir, 'resources');
}

function isElectronPlatform(name: string): name is ElectronPlatform {
  return name === 'darwin' || name === 'mas' || name === 'win32' || name === 'linux';
}

export function packedAppOf(context: AfterPackContext): PackedApp {
  const platform = context.electronPlatformName;
  if (!isElectronPlatform(platform)) throw new Error(`Unexpected Electron platform "${platform}".`);
  const packager: object = context.packager;
  const linuxExecutableName = 'executableName' in packager && typeof packager.executableName === 'string' ? packager.executableName : '';
  return { appOutDir: context.appOutDir, platform, productFilename: context.packager.appInfo.productFilename, linuxExecutableName };
}

export interface AfterPackDeps {
  flipFuses: typeof import('@electron/fuses').flipFuses;
  exists: (file: string) => boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Refuses a package that lacks a resource the app cannot start without (electron-builder only
 * warns about a missing extraResources source), then flips the fuses. Runs before signing.
 * `requiredResources` are relative to the resources folder.
 */
export async function afterPackWith(context: AfterPackContext, requiredResources: readonly string[], deps: AfterPackDeps): Promise<void> {
  const app = packedAppOf(context);
  const resourcesDir = resourcesDirOf(app);
  const missing = requiredResources.filter((file) => !deps.exists(path.join(resourcesDir, file)));
  if (missing.length > 0) {
    throw new Error(`The packed app lacks ${missing.join(', ')} in ${resourcesDir}. Run \`npm start\` once to build .native/, then \`npm run dist\` again.`);
  }
  await deps.flipFuses(electronBinaryPath(app), fuseConfig(buildFlavour(deps.env), app.platform));
}

/** The hook electron-builder calls. */
export async function afterPack(context: AfterPackContext, requiredResources: readonly string[]): Promise<void> {
  const { flipFuses } = await import('@electron/fuses');
  await afterPackWith(context, requiredResources, { flipFuses, exists: existsSync, env: process.env });
}

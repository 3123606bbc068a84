import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * A release build is what users install. A test build (TRAJECTORY_TEST_BUILD=1) differs only in
 * keeping the inspect fuse on, because Playwright's Electron launch drives the app through
 * --inspect; it goes to its own output folder so it is never shipped by mistake.
 */
export type BuildFlavour = 'release' | 'test';

export const TEST_BUILD_ENV = 'TRAJECTORY_TEST_BUILD';

export const buildFlavour = (env: NodeJS.ProcessEnv): BuildFlavour => (env[TEST_BUILD_ENV] === '1' ? 'test' : 'release');

/** The Electron platform names electron-builder passes to hooks. */
export type ElectronPlatform = 'darwin' | 'mas' | 'win32' | 'linux';

/**
 * The fuses burnt into the packaged Electron binary. Each one closes a way to run other code
 * with the app's identity (and, on macOS, its permissions).
 */
export function fuseConfig(flavour: BuildFlavour, platform: ElectronPlatform): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping a fuse breaks the ad-hoc signature of a macOS binary (fatal on Apple silicon);
    // electron-builder's real signing, when configured, runs after this hook.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node interpreter.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS could preload any script into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect/--inspect-brk open a debugger on the main process; only the test build keeps them.
    [FuseV1Options.EnableNodeCliInspectArguments]: flavour === 'test',
    // The app's code comes from app.asar only, checked against the hash electron-builder embeds
    // (Info.plist on macOS, a resource on Windows; Electron does not check it on Linux).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app loads its pages from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Left as Electron ships it: the app keeps no cookies (no network, pages from app://), and
    // encrypting the cookie store would ask Linux desktops to unlock a keyring for nothing.
    [FuseV1Options.EnableCookieEncryption]: false,
  };
}

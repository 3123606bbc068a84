import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { buildFlavour, fuseConfig } from '../../../scripts/packaging/fuses';

describe('the fuses of a packaged app', () => {
  it('release: no run-as-node, no NODE_OPTIONS, no inspector; app.asar only, integrity-checked; no file:// privileges', () => {
    const release = fuseConfig('release', 'linux');
    expect(release.version).toBe(FuseVersion.V1);
    expect(release[FuseV1Options.RunAsNode]).toBe(false);
    expect(release[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(release[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(release[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(release[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(release[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('test build: the same except that the inspect fuse stays on, for Playwright', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const release = fuseConfig('release', platform);
      const test = fuseConfig('test', platform);
      expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
      expect({ ...test, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
    }
  });

  it('re-signs ad hoc only on macOS, where flipping a fuse breaks the signature', () => {
    expect(fuseConfig('release', 'darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('release', 'mas').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('release', 'linux').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('release', 'win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('is a test build only with TRAJECTORY_TEST_BUILD=1', () => {
    expect(buildFlavour({})).toBe('release');
    expect(buildFlavour({ TRAJECTORY_TEST_BUILD: '0' })).toBe('release');
    expect(buildFlavour({ TRAJECTORY_TEST_BUILD: 'yes' })).toBe('release');
    expect(buildFlavour({ TRAJECTORY_TEST_BUILD: '1' })).toBe('test');
  });
});

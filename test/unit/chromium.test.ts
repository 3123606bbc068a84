import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseChromium, ensureChromium, findChromium, playwrightInstallArgs, type ChromiumProbe } from '../../electron/web-host/chromium';

const PLAYWRIGHTS = path.resolve('/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome');

/** A machine whose files are `files`; installing Playwright's Chromium adds it when `installWorks`. */
function machine(options: { files?: string[]; env?: NodeJS.ProcessEnv; installWorks?: boolean; installStatus?: number }) {
  const files = new Set(options.files ?? []);
  const installs: Array<{ command: string; args: string[] }> = [];
  const logged: string[] = [];
  const probe: ChromiumProbe = { env: options.env ?? {}, exists: (file) => files.has(file), playwrightChromium: () => PLAYWRIGHTS };
  const deps = {
    log: (message: string) => logged.push(message),
    install: (command: string, args: string[]) => {
      installs.push({ command, args });
      if (options.installWorks) files.add(PLAYWRIGHTS);
      return options.installStatus ?? (options.installWorks ? 0 : 1);
    },
  };
  return { probe, deps, installs, logged };
}

describe('choosing a Chromium', () => {
  it('CHROMIUM_PATH first, then the system Chromium (real binary before the wrapper), then Playwright’s', () => {
    const all = ['/opt/chrome', '/usr/lib/chromium/chromium', '/usr/bin/chromium', PLAYWRIGHTS];
    expect(chooseChromium(machine({ files: all, env: { CHROMIUM_PATH: '/opt/chrome' } }).probe)).toEqual({ kind: 'found', path: '/opt/chrome', source: 'CHROMIUM_PATH' });
    expect(chooseChromium(machine({ files: all }).probe)).toEqual({ kind: 'found', path: '/usr/lib/chromium/chromium', source: 'system' });
    expect(chooseChromium(machine({ files: ['/usr/bin/chromium', PLAYWRIGHTS] }).probe)).toMatchObject({ path: '/usr/bin/chromium', source: 'system' });
    expect(chooseChromium(machine({ files: [PLAYWRIGHTS] }).probe)).toEqual({ kind: 'found', path: PLAYWRIGHTS, source: 'playwright' });
    expect(chooseChromium(machine({}).probe)).toEqual({ kind: 'download', path: PLAYWRIGHTS });
  });

  it('a CHROMIUM_PATH that does not exist is an error, never a reason to download', () => {
    const m = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nope/chrome' } });
    expect(chooseChromium(m.probe)).toEqual({ kind: 'bad-env', path: '/nope/chrome' });
    expect(() => ensureChromium(m.probe, m.deps)).toThrow(/CHROMIUM_PATH is set to \/nope\/chrome, which does not exist/);
    expect(m.installs).toEqual([]);
  });

  it('findChromium (the web host) never downloads, and says how to get one', () => {
    expect(findChromium(machine({ files: [PLAYWRIGHTS] }).probe)).toBe(PLAYWRIGHTS);
    expect(() => findChromium(machine({}).probe)).toThrow(/apt-get install chromium.*CHROMIUM_PATH.*playwright install --no-shell chromium/);
  });
});

describe('ensureChromium (the test runner)', () => {
  it('uses the system Chromium without installing anything or printing a word', () => {
    const m = machine({ files: ['/usr/lib/chromium/chromium'] });
    expect(ensureChromium(m.probe, m.deps)).toBe('/usr/lib/chromium/chromium');
    expect(m.installs).toEqual([]);
    expect(m.logged).toEqual([]);
  });

  it('uses Playwright’s Chromium once downloaded, without downloading again', () => {
    const m = machine({ files: [PLAYWRIGHTS] });
    expect(ensureChromium(m.probe, m.deps)).toBe(PLAYWRIGHTS);
    expect(m.installs).toEqual([]);
  });

  it('with none: says what it does, runs playwright-core’s installer for Chromium, then uses it', () => {
    const m = machine({ installWorks: true });
    expect(ensureChromium(m.probe, m.deps)).toBe(PLAYWRIGHTS);
    expect(m.installs).toEqual([playwrightInstallArgs()]);
    expect(m.installs[0]?.args.slice(1)).toEqual(['install', '--no-shell', 'chromium']);
    expect(path.basename(m.installs[0]?.args[0] ?? '')).toBe('cli.js');
    expect(m.logged[0]).toMatch(/No system Chromium .* and no CHROMIUM_PATH: downloading Playwright's Chromium once/);
    expect(m.logged[1]).toBe(`Using Playwright's Chromium: ${PLAYWRIGHTS}`);
  });

  it('offline: the download fails, and the error points to the system Chromium', () => {
    const failed = machine({ installWorks: false });
    expect(() => ensureChromium(failed.probe, failed.deps)).toThrow(/failed \(exit code 1\).*apt-get install chromium.*CHROMIUM_PATH/);
    // An installer that exits 0 without leaving the binary is a failure too.
    const silent = machine({ installWorks: false, installStatus: 0 });
    expect(() => ensureChromium(silent.probe, silent.deps)).toThrow(/Downloading Playwright's Chromium failed/);
  });
});

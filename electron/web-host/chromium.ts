import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (the /usr/bin wrapper prints noise, so the real binary first), or
 * CHROMIUM_PATH. The web host prints PDFs with it and the end-to-end tests drive it.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p ?? ''));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
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

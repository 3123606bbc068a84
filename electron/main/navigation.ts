import type { WebContents } from 'electron';
import { isTrustedUrl } from './origin';

/**
 * The URL to hand to the system browser for a link the page tried to open, or null to ignore it.
 * Only https: survives; the result is the parser's normalized href, never the raw input, so what
 * the OS receives is exactly what was checked.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.href : null;
}

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Keeps a webContents on our own origins: navigation and redirects elsewhere are cancelled, new
 * windows are never created, and https links go to the system browser instead.
 */
export function guardNavigation(
  contents: WebContents,
  origins: readonly string[],
  openExternal: OpenExternal,
): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) {
      openExternal(target).catch((error: unknown) => console.error(`Could not open ${target}:`, error));
    }
    return { action: 'deny' };
  });
}

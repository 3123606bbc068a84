/**
 * The origins the app's own pages come from. Every trust decision in main (IPC sender,
 * navigation) compares against this one list.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'trajectory';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Not `URL.origin`: for a
 * scheme Node does not know (app:) that is the string "null", which would match nothing useful.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export interface OriginEnv {
  isPackaged: boolean;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); only honoured in an unpackaged app. */
  devServerUrl?: string | undefined;
}

/**
 * app://trajectory always; the dev server too, but only when unpackaged, so an environment
 * variable can never point a shipped app at a foreign origin.
 */
export function trustedOrigins(env: OriginEnv): readonly string[] {
  const origins = [APP_ORIGIN];
  const dev = !env.isPackaged && env.devServerUrl ? originOf(env.devServerUrl) : null;
  if (dev) origins.push(dev);
  return origins;
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** The first page to load: the dev server in development, the packaged renderer otherwise. */
export function startUrl(env: OriginEnv): string {
  return !env.isPackaged && env.devServerUrl ? env.devServerUrl : APP_ENTRY_URL;
}

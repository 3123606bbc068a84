import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The one <style> element the app's libraries add: react-aria's usePress puts this rule in the
 * page's head once (touch-action for pressable elements, so touch screens scroll and zoom over
 * them), the exact text of react-aria/dist/private/interactions/usePress.mjs. The policy allows
 * this text alone, by its hash, instead of every inline style; test/unit/main/csp.test.ts fails
 * when a react-aria upgrade changes it.
 */
export const REACT_ARIA_PRESSABLE_STYLE = '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}';

const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The renderer's Content-Security-Policy, the one definition of it: sent as a header by every
 * host that serves the renderer (the app:// protocol in Electron, the web host) and written into
 * index.html's meta tag at build time (electron.vite.config.ts), so the two cannot drift apart.
 * No 'unsafe-inline' anywhere: React and chart.js set styles through the CSSOM, which style-src
 * does not govern, and the one <style> element a library adds is allowed by its hash
 * (test/e2e/csp.spec.ts listens for violations on every screen).
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHash(REACT_ARIA_PRESSABLE_STYLE)}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The same policy as index.html's meta tag carries it. frame-ancestors works only as a header
 * (in a meta tag Chromium ignores it and logs an error), so the meta tag leaves it out.
 */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** What index.html holds where the build writes META_CONTENT_SECURITY_POLICY. */
export const CSP_PLACEHOLDER = '{{CONTENT_SECURITY_POLICY}}';

/**
 * index.html with its policy filled in. Vite's dev server adds inline scripts (React refresh)
 * and <style> elements (CSS hot reload), so only while serving does the policy allow inline;
 * built files never do.
 */
export function withContentSecurityPolicy(html: string, devServer: boolean): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} for its Content-Security-Policy`);
  const policy = devServer
    ? META_CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
    : META_CONTENT_SECURITY_POLICY;
  return html.replaceAll(CSP_PLACEHOLDER, policy);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname to a file inside `root`, or null when it would escape it. Percent-encoding
 * is decoded once (so `%2e%2e` is caught like `..`); backslashes and NUL bytes are refused
 * outright because they mean different things on different platforms.
 */
export function resolveInside(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  return target.startsWith(base + path.sep) ? target : null;
}

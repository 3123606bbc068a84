import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './origin';

// One policy and one traversal guard for every host that serves the renderer (this protocol
// and the web host): defined in core, re-exported so main code and tests find them here.
export { CONTENT_SECURITY_POLICY, resolveInside };

/**
 * Must run before app 'ready'. `standard` gives app:// real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its
 * own assets. Nothing else (no CORS bypass, no service workers).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The file an app:// URL names, or null for another host, another scheme or an escape attempt. */
export function fileForAppUrl(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return resolveInside(rootDir, parsed.pathname);
}

const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Serves the built renderer read-only: GET/HEAD of files under rootDir, nothing else. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = fileForAppUrl(rootDir, request.url);
    if (!file) return textResponse(400, 'Bad request');
    if (!(await isFile(file))) return textResponse(404, 'Not found');

    const type = contentTypeFor(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    let body: Buffer | null = null;
    if (request.method === 'GET') {
      try {
        body = await readFile(file);
      } catch {
        return textResponse(404, 'Not found'); // removed between stat and read
      }
    }
    return new Response(body, { status: 200, headers });
  };
}

/** Must run after app 'ready'. */
export function serveRendererFrom(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}

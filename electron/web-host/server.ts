import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventChannelFor } from '@shared/ipc/channels';
import { fail, ok } from '@shared/ipc/result';
import type { Core } from '../core';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from '../core/static-files';
import { BodyTooLargeError, readBody, refuseTooLarge, sendJson } from './http-util';
import { receiveUpload } from './upload';
import { UploadFolders, sweepStaleUploadFolders } from './upload-folders';

export interface WebHostOptions {
  core: Pick<Core, 'router' | 'events' | 'files'>;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /** Largest file upload (default MAX_UPLOAD_BYTES). */
  maxUploadBytes?: number;
  /** Where upload folders go (default: the system's temporary folder); stale ones there are swept at start. */
  uploadRoot?: string;
  /** Files delivered for download (GET /download/<token>, once each): PDFs, the personal data export. */
  downloads?: { takeDownload(token: string): { bytes: Uint8Array; fileName: string; contentType?: string } | null };
}

export interface WebHost {
  url: string;
  /** The URL to open: it carries the token the renderer needs for every call. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const KEEPALIVE_MS = 15_000;

function sameSecret(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
}

/**
 * Serves the built renderer and the core's router over HTTP on loopback, for development and
 * end-to-end tests where no Electron binary runs. Never shipped in the packaged app.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const { router, events } = options.core;
  let port = 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const streams = new Set<ServerResponse>();
  // What hosts killed before they could clean up left behind; never a running host's folder.
  sweepStaleUploadFolders({ root: options.uploadRoot });
  const uploads = new UploadFolders(options.uploadRoot);

  async function serveRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', 'RPC calls must use POST.'));
    if (!sameSecret(bearer(req), token)) return sendJson(res, 401, fail('UNAUTHORIZED', 'Missing or wrong token.'));
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      const body: unknown = text.trim() === '' ? {} : JSON.parse(text);
      input = typeof body === 'object' && body !== null && 'input' in body ? body.input : undefined;
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseTooLarge(req, res, `Request too large: ${error.message}.`);
      return sendJson(res, 400, fail('VALIDATION', 'Request body is not valid JSON.'));
    }
    sendJson(res, 200, await router.dispatch(method, input));
  }

  async function serveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', 'Uploads must use POST.'));
    if (!sameSecret(bearer(req), token)) return sendJson(res, 401, fail('UNAUTHORIZED', 'Missing or wrong token.'));
    try {
      sendJson(res, 200, ok(await receiveUpload(req, options.core.files, url.searchParams.get('name'), uploads, options.maxUploadBytes)));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseTooLarge(req, res, `File too large: ${error.message}.`);
      throw error;
    }
  }

  function serveEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!sameSecret(url.searchParams.get('token'), token)) return sendJson(res, 401, fail('UNAUTHORIZED', 'Missing or wrong token.'));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    req.on('close', () => {
      clearInterval(keepalive);
      streams.delete(res);
    });
  }

  function serveDownload(req: IncomingMessage, res: ServerResponse, fileToken: string): void {
    if (!sameSecret(bearer(req), token)) return sendJson(res, 401, fail('UNAUTHORIZED', 'Missing or wrong token.'));
    const download = options.downloads?.takeDownload(fileToken);
    if (!download) return sendJson(res, 404, fail('NOT_FOUND', 'That file was already downloaded or has expired: export it again.'));
    res.writeHead(200, {
      'Content-Type': download.contentType ?? 'application/pdf',
      'Content-Length': download.bytes.byteLength,
      'Content-Disposition': `attachment; filename="${download.fileName.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(download.bytes.buffer, download.bytes.byteOffset, download.bytes.byteLength));
  }

  async function serveStatic(res: ServerResponse, url: URL): Promise<void> {
    const file = resolveInside(options.rendererDir, url.pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': info.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      // Built assets carry a content hash in their name, so they never change under the same URL.
      'Cache-Control': /^\/assets\/.+-[\w-]{8,}\.\w+$/.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    // A page on another origin can reach loopback through DNS rebinding; the Host header tells.
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const handled = url.pathname.startsWith('/rpc/')
      ? serveRpc(req, res, url.pathname.slice('/rpc/'.length))
      : url.pathname === '/upload'
        ? serveUpload(req, res, url)
        : url.pathname.startsWith('/download/') && req.method === 'GET'
          ? Promise.resolve(serveDownload(req, res, url.pathname.slice('/download/'.length)))
          : url.pathname === '/events'
          ? Promise.resolve(serveEvents(req, res, url))
          : req.method === 'GET' || req.method === 'HEAD'
            ? serveStatic(res, url)
            : Promise.resolve(void res.writeHead(405).end());
    handled.catch((error: unknown) => {
      console.error('web host request failed', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'The web host failed to answer.'));
      else res.destroy();
    });
  });

  const unsubscribe = events.subscribe((event, payload) => {
    const frame = `event: ${eventChannelFor(event)}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${port}/`;

  return {
    url,
    openUrl: `${url}?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        uploads.removeAll();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

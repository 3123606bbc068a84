import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, type Result } from '@shared/ipc/result';

export class BodyTooLargeError extends Error {}

/**
 * Bytes of a refused body still read and dropped, so that a client that is still sending gets
 * the 413 (rather than a reset) and the connection stays usable; past this it is closed instead.
 */
export const DRAIN_BYTES = 64 * 1024 * 1024;

function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`;
}

const declaredLength = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0);

/**
 * Hands the body to `take` chunk by chunk (waiting on it, for back-pressure). Over `limitBytes`
 * it stops with BodyTooLargeError and leaves the rest unread: the stream is not destroyed, so the
 * answer can still go out on the connection (refuseTooLarge).
 */
export async function readChunks(req: IncomingMessage, limitBytes: number, take: (chunk: Buffer) => unknown): Promise<void> {
  const tooLarge = new BodyTooLargeError(`over ${sizeText(limitBytes)}`);
  if (declaredLength(req) > limitBytes) throw tooLarge;
  let size = 0;
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limitBytes) throw tooLarge;
    await take(buf);
  }
}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  await readChunks(req, limitBytes, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads what is left of a body and drops it; false when more than `capBytes` remain (or the client went away). */
function drain(req: IncomingMessage, capBytes: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  if (declaredLength(req) > capBytes) return Promise.resolve(false);
  return new Promise((resolve) => {
    let size = 0;
    const done = (drained: boolean) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      resolve(drained);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > capBytes) {
        req.pause();
        done(false);
      }
    };
    const onEnd = () => done(true);
    const onClose = () => done(req.complete);
    req.on('data', onData).on('end', onEnd).on('close', onClose);
    req.resume();
  });
}

/**
 * Answers a body over its limit with 413 and a short envelope. The host stays up and keeps its
 * memory: nothing of the body beyond the limit is kept, and the rest is dropped as it arrives.
 */
export async function refuseTooLarge(req: IncomingMessage, res: ServerResponse, message: string): Promise<void> {
  const drained = await drain(req, DRAIN_BYTES);
  // Node closes the connection after this answer; the unread rest of the body goes with it.
  if (!drained) res.setHeader('Connection', 'close');
  sendJson(res, 413, fail('VALIDATION', message));
}

export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

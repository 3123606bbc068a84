import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import type { FileInbox } from '../core/files';
import { BodyTooLargeError } from './http-util';

/** A CSV someone imports can be large (a million rows is ~90 MB); the JSON RPC limit stays small. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

/** A name to show, never a path: only the last segment, without control characters. */
export function uploadedFileName(raw: string | null): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'upload.csv';
}

/**
 * The web host's stand-in for Electron's open dialog: the renderer posts the bytes of a file the
 * user chose, they go to a private temporary folder, and the core gets them by token.
 */
export async function receiveUpload(
  req: IncomingMessage,
  inbox: FileInbox,
  rawName: string | null,
  limitBytes = MAX_UPLOAD_BYTES,
): Promise<{ token: string; fileName: string }> {
  const fileName = uploadedFileName(rawName);
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-upload-'));
  const file = path.join(dir, `${randomBytes(8).toString('hex')}.csv`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limitBytes) callback(new BodyTooLargeError(`upload over ${limitBytes} bytes`));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(req, limit, createWriteStream(file, { mode: 0o600 }));
    return await inbox.register(file, fileName, true);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

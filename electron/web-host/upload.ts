import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import type { FileInbox } from '../core/files';
import { readChunks } from './http-util';
import type { UploadFolders } from './upload-folders';

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
 * user chose, they go to a private temporary folder, and the core gets them by token. The folder
 * goes when the core lets the token go (after a refused preview, after an import, done or
 * failed), when the host closes, or, after a crash, at the next start (upload-folders.ts).
 */
export async function receiveUpload(
  req: IncomingMessage,
  inbox: FileInbox,
  rawName: string | null,
  folders: UploadFolders,
  limitBytes = MAX_UPLOAD_BYTES,
): Promise<{ token: string; fileName: string }> {
  const fileName = uploadedFileName(rawName);
  const dir = folders.make();
  const file = path.join(dir, `${randomBytes(8).toString('hex')}.csv`);
  try {
    await writeBodyTo(file, req, limitBytes);
    return await inbox.register(file, fileName, () => folders.remove(dir));
  } catch (error) {
    folders.remove(dir);
    throw error;
  }
}

async function writeBodyTo(file: string, req: IncomingMessage, limitBytes: number): Promise<void> {
  const out = createWriteStream(file, { mode: 0o600, flags: 'wx' });
  // A write error (a full disk) is met by the next write or by `closed`, never as an uncaught event.
  out.on('error', () => undefined);
  const closed = finished(out);
  try {
    await readChunks(req, limitBytes, (chunk) => {
      if (out.errored) throw out.errored;
      return out.write(chunk) ? undefined : once(out, 'drain');
    });
    out.end();
    await closed;
  } catch (error) {
    out.destroy();
    await closed.catch(() => undefined);
    throw error;
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '@shared/ipc/result';

/**
 * What a host can do with files that the core cannot: Electron shows native dialogs; the web
 * host has none (its renderer uploads the bytes instead). The renderer never names a path:
 * a host hands the core a path it chose itself, and the renderer gets only a token for it.
 */
export interface HostFiles {
  /** Shows an open dialog for a CSV file; null when the user cancels. */
  pickCsvFile(): Promise<{ path: string; fileName: string } | null>;
  /** Shows a save dialog and writes the text; false when the user cancels. */
  saveTextFile(suggestedName: string, content: string): Promise<boolean>;
  /** Shows an open dialog for a personal data (JSON) file; null when the user cancels. */
  pickJsonFile?(): Promise<{ path: string; fileName: string } | null>;
  /** Shows a save dialog for a personal data (JSON) file and returns the chosen path; null when cancelled. The core writes it. */
  chooseJsonSavePath?(suggestedName: string): Promise<string | null>;
}

export interface InboxFile {
  path: string;
  fileName: string;
  sizeBytes: number;
  /** Deletes an uploaded copy (and the folder made for it); files the user picked in place have none. */
  discard?: () => void;
  sha256?: string;
}

/** Files the core may read, by token. Tokens are random and only this process knows the paths. */
export class FileInbox {
  private readonly files = new Map<string, InboxFile>();

  /** `discard` is for a copy that is ours to delete: it runs when the token is released. */
  async register(path: string, fileName: string, discard: false | (() => void)): Promise<{ token: string; fileName: string }> {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('VALIDATION', `${fileName} is not a file.`);
    const token = randomBytes(18).toString('base64url');
    this.files.set(token, { path, fileName, sizeBytes: info.size, discard: discard || undefined });
    return { token, fileName };
  }

  get(token: string): InboxFile {
    const file = this.files.get(token);
    if (!file) throw new AppError('NOT_FOUND', 'That file is no longer available: choose it again.');
    return file;
  }

  async sha256(token: string): Promise<string> {
    const file = this.get(token);
    if (file.sha256) return file.sha256;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file.path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    file.sha256 = hash.digest('hex');
    return file.sha256;
  }

  /** False when the token was already let go. */
  release(token: string): boolean {
    const file = this.files.get(token);
    if (!file) return false;
    this.files.delete(token);
    file.discard?.();
    return true;
  }

  releaseAll(): void {
    for (const token of [...this.files.keys()]) this.release(token);
  }
}

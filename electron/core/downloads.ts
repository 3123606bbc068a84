import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A file waiting for the renderer to fetch it; fetched once, or dropped after this long. */
const DOWNLOAD_TTL_MS = 10 * 60_000;

export interface ShelvedDownload {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

interface Entry {
  /** A temporary file of ours: removed (with its folder) when taken, expired or on close. */
  filePath: string;
  fileName: string;
  contentType: string;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Files the core made for a host without save dialogs (the web host): each gets a random token
 * the renderer fetches once (GET /download/<token>). The renderer never learns a path.
 */
export class DownloadShelf {
  private readonly entries = new Map<string, Entry>();

  put(filePath: string, fileName: string, contentType: string): string {
    const token = randomBytes(18).toString('base64url');
    const timer = setTimeout(() => this.drop(token), DOWNLOAD_TTL_MS);
    timer.unref();
    this.entries.set(token, { filePath, fileName, contentType, timer });
    return token;
  }

  take(token: string): ShelvedDownload | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    try {
      return { bytes: readFileSync(entry.filePath), fileName: entry.fileName, contentType: entry.contentType };
    } finally {
      this.drop(token);
    }
  }

  private drop(token: string): void {
    const entry = this.entries.get(token);
    if (!entry) return;
    this.entries.delete(token);
    clearTimeout(entry.timer);
    rmSync(path.dirname(entry.filePath), { recursive: true, force: true });
  }

  releaseAll(): void {
    for (const token of [...this.entries.keys()]) this.drop(token);
  }
}

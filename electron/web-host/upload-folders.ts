import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Each uploaded file lives in a private folder of its own, named after the host's process:
 * `trajectory-upload-<pid>-<random>`. The pid lets a later start tell a folder that a killed
 * host left behind (its process is gone) from one a running host still uses.
 */
export const UPLOAD_FOLDER_PREFIX = 'trajectory-upload-';
const WITH_PID = /^trajectory-upload-(\d+)-/;
/** Folders of older hosts carry no pid: they are swept once they are this old. */
export const UNNAMED_FOLDER_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Every folder this process made and has not removed yet: a sweep in this process keeps them. */
const madeHere = new Set<string>();

function removeQuietly(dir: string): boolean {
  madeHere.delete(dir);
  try {
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    // Still in use or not ours to delete: the next start's sweep tries again.
    return false;
  }
}

/** The upload folders of one web host: made per upload, removed with their file or when the host closes. */
export class UploadFolders {
  private readonly live = new Set<string>();

  constructor(readonly root: string = tmpdir()) {}

  make(): string {
    const dir = mkdtempSync(path.join(this.root, `${UPLOAD_FOLDER_PREFIX}${process.pid}-`));
    this.live.add(dir);
    madeHere.add(dir);
    return dir;
  }

  remove(dir: string): void {
    this.live.delete(dir);
    removeQuietly(dir);
  }

  removeAll(): void {
    for (const dir of [...this.live]) this.remove(dir);
  }
}

/** For the process's exit: whatever upload folders are left, of any host in it. */
export function removeUploadFoldersMadeHere(): void {
  for (const dir of [...madeHere]) removeQuietly(dir);
}

/** True unless the system says no such process exists (EPERM: it runs, as another user). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export interface SweepOptions {
  root?: string;
  now?: number;
  isRunning?: (pid: number) => boolean;
}

/**
 * Removes the upload folders that hosts killed before they could clean up left behind: those
 * whose process no longer runs (or, named by this process's pid, that this process did not
 * make: an earlier process had the same pid), and unnamed ones older than a day. A folder of a
 * host that still runs is never touched, nor anything that is not a folder of this user's.
 */
export function sweepStaleUploadFolders(options: SweepOptions = {}): string[] {
  const root = options.root ?? tmpdir();
  const now = options.now ?? Date.now();
  const isRunning = options.isRunning ?? processIsRunning;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(UPLOAD_FOLDER_PREFIX)) continue;
    const dir = path.join(root, name);
    if (madeHere.has(dir)) continue;
    const info = lstatSync(dir, { throwIfNoEntry: false });
    if (!info?.isDirectory()) continue;
    if (process.getuid && info.uid !== process.getuid()) continue;
    const pidText = WITH_PID.exec(name)?.[1];
    const pid = pidText === undefined ? null : Number(pidText);
    const stale = pid === null ? now - info.mtimeMs > UNNAMED_FOLDER_MAX_AGE_MS : pid === process.pid || !isRunning(pid);
    if (stale && removeQuietly(dir)) removed.push(dir);
  }
  return removed;
}

import { closeSync, openSync, readSync } from 'node:fs';

/** The `"version"` sits at the top of each bundled JSON file; this many bytes hold it. */
const HEAD_BYTES = 200;

/**
 * The version a bundled JSON file declares, from its first bytes only: on a normal start it is
 * all that is compared with the stored version, and the whole file is read only when they differ.
 */
export function headVersion(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    const found = /"version"\s*:\s*(\d+)/.exec(head.toString('utf8', 0, n));
    return Number(found?.[1] ?? NaN);
  } finally {
    closeSync(fd);
  }
}

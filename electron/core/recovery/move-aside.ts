import { existsSync, renameSync } from 'node:fs';
import { SET_ASIDE_LABELS, type ProblemKind } from '@shared/domain/recovery';

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\.\d{3}Z$/, 'Z'); // 20261129-161000Z
}

/**
 * Renames the unusable database file, with its -wal and -shm when they exist, to
 * `trajectory.sqlite.<label>-<UTC stamp>` beside it: never deleted, never overwritten.
 * Returns the new paths.
 */
export function moveAside(file: string, kind: ProblemKind, now = new Date()): string[] {
  const base = `${file}.${SET_ASIDE_LABELS[kind]}-${utcStamp(now)}`;
  let target = base;
  for (let n = 2; [target, `${target}-wal`, `${target}-shm`].some((p) => existsSync(p)); n++) target = `${base}-${n}`;
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(`${file}${suffix}`)) continue;
    renameSync(`${file}${suffix}`, `${target}${suffix}`);
    moved.push(`${target}${suffix}`);
  }
  return moved;
}

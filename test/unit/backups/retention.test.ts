import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupKind } from '@shared/domain/backups';
import { backupFileName, backupsDir, listBackups } from '../../../electron/core/db/backup-files';
import { backupsToPrune, pruneBackups, sweepLeftovers } from '../../../electron/core/db/backup-retention';
import { tempDir } from '../../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 1, 9);

function backup(kind: BackupKind, day: number): BackupInfo {
  const now = new Date(START + day * DAY);
  return { fileName: backupFileName(kind, 8, now), kind, createdAt: now.toISOString(), schemaVersion: 8, bytes: 1 };
}

const series = (kind: BackupKind, days: number) => Array.from({ length: days }, (_, day) => backup(kind, day));

describe('backupsToPrune', () => {
  it('keeps the newest 10 daily, manual and before-restore backups each, and every pre-migration one', () => {
    const all = [...series('daily', 13), ...series('manual', 11), ...series('before-restore', 10), ...series('pre-migration', 25)];
    const newestDaily = backup('daily', 12).fileName;
    const pruned = backupsToPrune(all, newestDaily);
    expect(pruned.sort()).toEqual([0, 1, 2].map((d) => backup('daily', d).fileName).concat(backup('manual', 0).fileName).sort());
  });

  it('never names the backup just taken, even when a clock set back makes it the oldest of its kind', () => {
    const all = [backup('daily', -5), ...series('daily', 10)];
    const justTaken = backup('daily', -5).fileName;
    const pruned = backupsToPrune(all, justTaken);
    expect(pruned).not.toContain(justTaken);
    expect(pruned).toEqual([backup('daily', 0).fileName]);
  });

  it('prunes nothing while each kind is within its limit', () => {
    expect(backupsToPrune([...series('daily', 10), ...series('manual', 3)], backup('daily', 9).fileName)).toEqual([]);
  });
});

describe('pruneBackups on a folder', () => {
  it('deletes only named backups past their limit, never foreign files, partial copies or the file just taken', () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const dbFile = path.join(t.dir, 'trajectory.sqlite');
    const dir = backupsDir(dbFile);
    mkdirSync(dir);
    const daily = series('daily', 12);
    for (const b of daily) writeFileSync(path.join(dir, b.fileName), 'x');
    const strangers = ['notes.txt', `${daily[0]?.fileName}.partial`, 'trajectory-daily-yesterday.sqlite', 'trajectory-weekly-20260101-000000-000-schema8.sqlite'];
    for (const name of strangers) writeFileSync(path.join(dir, name), 'x');

    const removed = pruneBackups(dbFile, daily[11]?.fileName ?? '');

    expect(removed.sort()).toEqual([daily[0]?.fileName, daily[1]?.fileName].sort());
    for (const name of strangers) expect(existsSync(path.join(dir, name))).toBe(true);
    expect(listBackups(dbFile).map((b) => b.fileName)).toEqual(daily.slice(2).map((b) => b.fileName).reverse());
    expect(readdirSync(dir)).toHaveLength(10 + strangers.length);
  });
});

describe('sweepLeftovers', () => {
  it('removes copies a crash cut short (.partial, .restoring and their journals), nothing else', () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const dbFile = path.join(t.dir, 'trajectory.sqlite');
    const dir = backupsDir(dbFile);
    mkdirSync(dir);
    const name = backup('manual', 0).fileName;
    const leftovers = [`${name}.partial`, `${name}.partial-journal`, `${name}.restoring`, `${name}.restoring-wal`, `${name}.restoring-shm`];
    const kept = [name, 'notes.partial', 'mine.sqlite.restoring', `${name}-wal`];
    for (const n of [...leftovers, ...kept]) writeFileSync(path.join(dir, n), 'x');
    expect(sweepLeftovers(dbFile).sort()).toEqual([...leftovers].sort());
    expect(readdirSync(dir).sort()).toEqual([...kept].sort());
  });
});

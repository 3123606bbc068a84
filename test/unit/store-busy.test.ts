import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainStoreError } from '../../electron/core/db/errors';
import { createRouter, type Handlers } from '../../electron/core/router';
import { tempDir } from '../support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A real SQLITE_BUSY: one connection holds the write lock, another (no waiting) tries to write. */
function busyError(): unknown {
  const t = tempDir();
  const file = path.join(t.dir, 'db.sqlite');
  const holder = new Database(file);
  holder.pragma('journal_mode = WAL');
  holder.exec('CREATE TABLE t (x)');
  holder.exec('BEGIN IMMEDIATE');
  const writer = new Database(file, { timeout: 0 });
  cleanups.push(() => {
    writer.close();
    holder.close();
    t.remove();
  });
  try {
    writer.exec('INSERT INTO t VALUES (1)');
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to be refused while another connection holds the lock');
}

describe('a database locked by an import', () => {
  it('is explained as a CONFLICT that says nothing was saved, not as an internal error', async () => {
    const error = busyError();
    expect(explainStoreError(error)?.code).toBe('CONFLICT');
    expect(explainStoreError(new Error('other'))).toBeNull();

    const reported: unknown[] = [];
    const handlers = {
      profile: {
        get: () => {
          throw error;
        },
      },
    } as unknown as Handlers;
    const router = createRouter(handlers, { explainError: explainStoreError, onUnexpectedError: (_p, e) => reported.push(e) });
    const result = await router.dispatch('profile.get', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'The database is busy (an import is being written). Nothing was saved: try again when it has finished.' },
    });
    expect(reported).toEqual([]);
  });
});

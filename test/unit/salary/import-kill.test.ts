import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSalaryCsv } from '../../support/salary-csv';
import { REPO_ROOT, openTempCore, tempDir } from '../../support/temp-core';

const temp = tempDir('trajectory-kill-');
const dbFile = path.join(temp.dir, 'trajectory.sqlite');
const csvFile = path.join(temp.dir, 'big.csv');

beforeAll(async () => {
  // A migrated, seeded database, closed again: the child opens it like the app would.
  (await openTempCore(dbFile)).close();
  await writeSalaryCsv(csvFile, 400_000);
}, 60_000);
afterAll(() => temp.remove());

describe('an import killed mid-way', () => {
  it('leaves the database as it was and intact', async () => {
    const before = new Database(dbFile, { readonly: true });
    const datasetsBefore = before.prepare('SELECT COUNT(*) FROM salary_datasets').pluck().get();
    const bandsBefore = before.prepare('SELECT COUNT(*) FROM salary_bands').pluck().get();
    before.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/import-child.ts', dbFile, csvFile], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killedAfterProgress = await new Promise<boolean>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/progress .*"phase":"importing"/.test(output) && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve(true);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', () => resolve(false));
      child.once('error', reject);
    });
    expect(killedAfterProgress, output).toBe(true);
    await new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once('exit', resolve) : resolve(null)));
    expect(child.signalCode).toBe('SIGKILL');
    expect(output).not.toMatch(/^done/m);

    const after = await openTempCore(dbFile);
    try {
      // No reader ever sees the half-written import; start-up purges its rows in the background.
      expect((await after.router.dispatch('data.listDatasets', undefined)).ok).toBe(true);
      const listed = await after.router.dispatch('data.listDatasets', undefined);
      expect(listed.ok && (listed.value as { id: string }[]).filter((d) => !d.id.startsWith('bls') && !d.id.startsWith('article'))).toEqual([]);
      await after.jobs.idle();
      expect(after.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.store.sqlite.prepare('SELECT COUNT(*) FROM salary_records').pluck().get()).toBe(0);
      expect(after.store.sqlite.prepare('SELECT COUNT(*) FROM salary_datasets').pluck().get()).toBe(datasetsBefore);
      expect(after.store.sqlite.prepare('SELECT COUNT(*) FROM salary_bands').pluck().get()).toBe(bandsBefore);
    } finally {
      after.close();
    }
  }, 60_000);
});

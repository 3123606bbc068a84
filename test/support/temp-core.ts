import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core, CoreOptions } from '../../electron/core';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const RESOURCES_DIR = path.join(REPO_ROOT, 'resources');
export const MIGRATIONS_DIR = path.join(RESOURCES_DIR, 'migrations');
export const DATA_DIR = path.join(RESOURCES_DIR, 'data');

export function tempDir(prefix = 'trajectory-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The core worker vitest's global setup bundled (build-core-worker.ts), or none (from source,
 * through tsx) where no setup ran, as in scripts and child processes.
 */
export const testCoreWorker = (): string | undefined => process.env.CORE_WORKER_BUNDLE || undefined;

/** A real core on a real SQLite file in a fresh folder. */
export async function openTempCore(
  dbFile?: string,
  extra: Partial<Pick<CoreOptions, 'pdfHost' | 'clock' | 'hostFiles' | 'onUnexpectedError' | 'syncFile'>> = {},
): Promise<Core & { dbFile: string; dispose(): void }> {
  const temp = dbFile ? null : tempDir();
  const file = dbFile ?? path.join(temp?.dir ?? '', 'trajectory.sqlite');
  // Loaded here, not at the top: scripts that only need the paths above stay light.
  const { createCore } = await import('../../electron/core');
  const core = await createCore({ dbFile: file, resourcesDir: RESOURCES_DIR, host: 'test', version: '0.0.0-test', workerScript: testCoreWorker(), ...extra });
  return {
    ...core,
    dbFile: file,
    dispose() {
      core.close();
      temp?.remove();
    },
  };
}

export const VALID_PROFILE = {
  occupationCode: '15-1252',
  areaCode: '0041860',
  careerLevel: 'mid',
  yearsExperience: 4,
  currentSalary: 150000,
  currency: 'USD',
  hoursPerWeek: 6,
  horizonYears: 5,
} as const;

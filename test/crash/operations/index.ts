import type { CrashOperation } from '../operation';

/** Loaded on demand: a child loads only the code of the operation it runs. */
export const OPERATIONS = {
  'salary-import': async () => (await import('./salary-import')).salaryImport,
  migration: async () => (await import('./migration')).migration,
  backup: async () => (await import('./backup')).backup,
  // SLOT: the JSON import of personal data (shared/domain/personal-data.ts, not in this branch yet).
  // Add operations/json-import.ts exporting a CrashOperation whose prepare() writes a database and
  // an export file, whose run() imports it through the real service (report.started() right
  // before), and whose observe() returns stateOf(dbFileIn(dir)) (see backup.ts); then a line here
  // and a `crashTest('json-import', …)` in test/unit/crash/sigkill.test.ts.
} satisfies Record<string, () => Promise<CrashOperation>>;

export type OperationName = keyof typeof OPERATIONS;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}

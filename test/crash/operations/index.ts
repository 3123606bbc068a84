import type { CrashOperation } from '../operation';

/** Loaded on demand: a child loads only the code of the operation it runs. */
export const OPERATIONS = {
  'salary-import': async () => (await import('./salary-import')).salaryImport,
  migration: async () => (await import('./migration')).migration,
  backup: async () => (await import('./backup')).backup,
  'json-import': async () => (await import('./json-import')).jsonImport,
} satisfies Record<string, () => Promise<CrashOperation>>;

export type OperationName = keyof typeof OPERATIONS;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}

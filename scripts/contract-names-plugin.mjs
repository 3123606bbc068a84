// @ts-check
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// Plain JavaScript so that the build configs can import it as it is (Node cannot load
// extension-less TypeScript imports); types are in contract-names-plugin.d.mts.

export const CONTRACT_NAMES_ID = 'virtual:contract-names';
const RESOLVED_ID = `\0${CONTRACT_NAMES_ID}`;
const METHODS_FILE = fileURLToPath(new URL('../shared/ipc/methods.ts', import.meta.url));

/**
 * Provides `virtual:contract-names`: the contract's method paths and event names as plain
 * string arrays, read from the real contract at build time. The preload imports them instead of
 * the contract, so it ships a few kilobytes of names rather than zod and every domain schema,
 * and the names are still written down only once, in the contract.
 *
 * The contract is loaded through Vite's module runner when the module is first requested, not
 * imported by this file, so the build config stays free of it and a watching build sees the
 * contract's files as dependencies.
 *
 * @returns {import('vite').Plugin}
 */
export function contractNamesPlugin() {
  return {
    name: 'trajectory-contract-names',
    resolveId: (id) => (id === CONTRACT_NAMES_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      /** @type {{ module: typeof import('../shared/ipc/methods'), dependencies: string[] }} */
      const { module, dependencies } = await runnerImport(METHODS_FILE, { logLevel: 'silent' });
      for (const file of [METHODS_FILE, ...dependencies]) if (file) this.addWatchFile(file);
      return [
        `export const METHOD_PATHS = Object.freeze(${JSON.stringify(module.METHOD_PATHS)});`,
        `export const EVENT_NAMES = Object.freeze(${JSON.stringify(module.EVENT_NAMES)});`,
      ].join('\n');
    },
  };
}

import type { Plugin } from 'vite';
import { EVENT_NAMES, METHOD_PATHS } from '../shared/ipc/methods';

export const CONTRACT_NAMES_ID = 'virtual:contract-names';
const RESOLVED_ID = `\0${CONTRACT_NAMES_ID}`;

/**
 * Provides `virtual:contract-names`: the contract's method paths and event names as plain
 * string arrays, read from the real contract when the build config loads. The preload imports
 * them instead of the contract, so it ships a few kilobytes of names rather than zod and every
 * domain schema, and the names are still written down only once.
 */
export function contractNamesPlugin(): Plugin {
  const source = [
    `export const METHOD_PATHS = Object.freeze(${JSON.stringify(METHOD_PATHS)});`,
    `export const EVENT_NAMES = Object.freeze(${JSON.stringify(EVENT_NAMES)});`,
  ].join('\n');
  return {
    name: 'trajectory-contract-names',
    resolveId: (id) => (id === CONTRACT_NAMES_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? source : null),
  };
}

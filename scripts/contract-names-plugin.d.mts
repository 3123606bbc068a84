import type { Plugin } from 'vite';

/** The id the preload imports; see electron/preload/contract-names.d.ts for its exports. */
export declare const CONTRACT_NAMES_ID: 'virtual:contract-names';
/** Serves `virtual:contract-names` (METHOD_PATHS, EVENT_NAMES) computed from shared/ipc/contract.ts at build time. */
export declare function contractNamesPlugin(): Plugin;

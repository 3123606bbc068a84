/** Written by scripts/contract-names-plugin.mjs at build time from shared/ipc/contract.ts (the preload and the renderer import it). */
declare module 'virtual:contract-names' {
  export const METHOD_PATHS: readonly import('@shared/ipc/types').MethodPath[];
  export const EVENT_NAMES: readonly import('@shared/ipc/types').EventName[];
}

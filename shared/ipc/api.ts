import type { Api, EventName, MethodPath, Transport } from './types';

/**
 * The contract's names without its schemas. The preload gets them from a build-time module
 * (`virtual:contract-names`) so that it carries no zod; everything else passes `CONTRACT_NAMES`.
 */
export interface ContractNames {
  methods: readonly MethodPath[];
  events: readonly EventName[];
}

/** Builds the renderer-facing api from a transport; the preload and the web client share it. */
export function buildApi(transport: Transport, names: ContractNames): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const path of names.methods) {
    const [domain, name] = path.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][name] = (input?: unknown) => transport.invoke(path, input);
  }
  const on: Record<string, unknown> = {};
  for (const event of names.events) {
    on[event] = (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  }
  api.on = on;
  return api as unknown as Api;
}

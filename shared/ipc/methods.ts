import type { z } from 'zod';
import { CHANNEL_PREFIX, EVENT_CHANNEL_PREFIX, contract, events, type DataDomain } from './contract';
import type { Api, EventName, MethodPath, Transport } from './types';

export type MethodKind = 'query' | 'mutation' | 'job';
type Spec = { input: z.ZodType; output: z.ZodType; kind: MethodKind; changes?: readonly DataDomain[] };

const contractTable = contract as unknown as Record<string, Record<string, Spec>>;

/** Every method path in the contract, e.g. "profile.save". */
export const METHOD_PATHS: readonly MethodPath[] = Object.entries(contractTable).flatMap(
  ([domain, methods]) => Object.keys(methods).map((name) => `${domain}.${name}` as MethodPath),
);

export const EVENT_NAMES: readonly EventName[] = Object.keys(events) as EventName[];

export const channelFor = (path: MethodPath): string => `${CHANNEL_PREFIX}${path}`;
export const eventChannelFor = (event: EventName): string => `${EVENT_CHANNEL_PREFIX}${event}`;

export function isMethodPath(value: string): value is MethodPath {
  return (METHOD_PATHS as readonly string[]).includes(value);
}

export function isEventName(value: string): value is EventName {
  return (EVENT_NAMES as readonly string[]).includes(value);
}

/** The zod schemas of one method, or undefined for a path the contract does not have. */
export function specFor(path: string): Spec | undefined {
  const [domain, name, ...rest] = path.split('.');
  if (!domain || !name || rest.length > 0) return undefined;
  if (!Object.hasOwn(contractTable, domain)) return undefined;
  const methods = contractTable[domain];
  return methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
}

/** Builds the renderer-facing api from a transport; the preload and the web client share it. */
export function buildApi(transport: Transport): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const path of METHOD_PATHS) {
    const [domain, name] = path.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][name] = (input?: unknown) => transport.invoke(path, input);
  }
  const on: Record<string, unknown> = {};
  for (const event of EVENT_NAMES) {
    on[event] = (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  }
  api.on = on;
  return api as unknown as Api;
}

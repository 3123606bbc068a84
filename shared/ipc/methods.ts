import type { z } from 'zod';
import type { ContractNames } from './api';
import { contract, events, type DataDomain } from './contract';
import type { EventName, MethodPath } from './types';

export type MethodKind = 'query' | 'mutation' | 'job';
type Spec = { input: z.ZodType; output: z.ZodType; kind: MethodKind; changes?: readonly DataDomain[] };

const contractTable = contract as unknown as Record<string, Record<string, Spec>>;

/** Every method path in the contract, e.g. "profile.save". */
export const METHOD_PATHS: readonly MethodPath[] = Object.entries(contractTable).flatMap(
  ([domain, methods]) => Object.keys(methods).map((name) => `${domain}.${name}` as MethodPath),
);

export const EVENT_NAMES: readonly EventName[] = Object.keys(events) as EventName[];

/** For `buildApi` where zod is loaded anyway (web client, tests); the preload uses `virtual:contract-names`. */
export const CONTRACT_NAMES: ContractNames = { methods: METHOD_PATHS, events: EVENT_NAMES };

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

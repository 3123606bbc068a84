import type * as Schemas from './input-schemas';

export type InputSchemas = typeof Schemas;

/** The input schemas' chunk (input-schemas.ts): fetched once, on first use. */
export const loadInputSchemas = (): Promise<InputSchemas> => import('./input-schemas');

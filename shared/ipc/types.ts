import type { z } from 'zod';
import type { contract, events } from './contract';
import type { Result } from './result';

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type MethodName<D extends Domain> = keyof Contract[D] & string;
export type MethodPath = { [D in Domain]: `${D}.${MethodName<D>}` }[Domain];

type AnySpec = { input: z.ZodType; output: z.ZodType };
export type SpecAt<D extends Domain, M extends MethodName<D>> = Contract[D][M] extends AnySpec
  ? Contract[D][M]
  : never;

export type SpecOf<P extends MethodPath> = P extends `${infer D}.${infer M}`
  ? D extends Domain
    ? M extends MethodName<D>
      ? SpecAt<D, M>
      : never
    : never
  : never;

export type InputOf<P extends MethodPath> = z.input<SpecOf<P>['input']>;
export type OutputOf<P extends MethodPath> = z.output<SpecOf<P>['output']>;

/** A method whose input accepts undefined can be called with no argument. */
type ArgsFor<S extends AnySpec> =
  undefined extends z.input<S['input']> ? [input?: z.input<S['input']>] : [input: z.input<S['input']>];

export type ApiMethod<S extends AnySpec> = (...args: ArgsFor<S>) => Promise<Result<z.output<S['output']>>>;

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type Unsubscribe = () => void;

export type EventApi = {
  [E in EventName]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

/** What the renderer sees as `window.api`: one function per contract method, plus `on`. */
export type Api = {
  [D in Domain]: { [M in MethodName<D>]: ApiMethod<SpecAt<D, M>> };
} & { on: EventApi };

/** Transport a host provides; `buildApi` turns it into an `Api`. */
export interface Transport {
  invoke(path: MethodPath, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

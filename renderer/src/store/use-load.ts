import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../format';

/**
 * What a screen knows about the data it asked for. Loading, empty and failed are different
 * things to a user: "Loading…" must never be an empty state, and a failure must never look like
 * a load that is still on its way.
 */
export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export interface Load {
  state: LoadState;
  /** Runs the loaders again, after a failure. */
  retry(): void;
}

const LOADING: LoadState = { status: 'loading' };

const sameLoaders = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((load, i) => load === b[i]);

type Loader = () => Promise<void>;
const prefetched = new Map<Loader, Promise<void>>();

/**
 * Starts loaders of the screen a window opens on before that screen has mounted, while React and
 * the app are still starting (first-screen.ts); the screen takes the requests over instead of
 * sending its own. A request that fails is forgotten (the screen asks again and shows the failure).
 */
export function prefetch(...loaders: Loader[]): void {
  for (const load of loaders) {
    if (prefetched.has(load)) continue;
    const request = load();
    prefetched.set(load, request);
    request.catch(() => {
      if (prefetched.get(load) === request) prefetched.delete(load);
    });
  }
}

/**
 * Settles when every request prefetch has started so far has settled, whatever its outcome (at once
 * when none is under way), or after `atMostMs`: the window's first draw waits for it (RecoveryGate),
 * so the first screen draws once with its data instead of first its loading state.
 */
export function prefetchedSettled(atMostMs: number): Promise<void> {
  const requests = [...prefetched.values()];
  if (requests.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, atMostMs);
    void Promise.allSettled(requests).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Leaving the first screen before it showed: what was fetched for it is not taken over later. */
export function forgetPrefetched(): void {
  prefetched.clear();
}

/** The request prefetch started for `load`, taken over once; otherwise a new one. */
export function takePrefetched(load: Loader): Promise<void> {
  const request = prefetched.get(load);
  if (!request) return load();
  prefetched.delete(load);
  return request;
}

/**
 * Runs store loaders when a screen mounts (and again when a loader changes, e.g. another skill's
 * page) and tells the screen where they stand. Render the result with <Loadable>.
 */
export function useLoad(...loaders: Array<() => Promise<void>>): Load {
  // One object per request: a result that comes back after a newer request started is ignored.
  // Loaders are store actions or callbacks memoised by the screen, so new loaders are a new request.
  const [request, setRequest] = useState(() => ({ loaders }));
  if (!sameLoaders(request.loaders, loaders)) setRequest({ loaders });
  const [settled, setSettled] = useState<{ request: typeof request; state: LoadState } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all(request.loaders.map(takePrefetched)).then(
      () => {
        if (current) setSettled({ request, state: { status: 'ready' } });
      },
      (error: unknown) => {
        if (current) setSettled({ request, state: { status: 'error', message: messageOf(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [request]);

  const retry = useCallback(() => setRequest((r) => ({ loaders: r.loaders })), []);
  return { state: settled?.request === request ? settled.state : LOADING, retry };
}

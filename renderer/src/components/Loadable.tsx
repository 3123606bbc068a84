import type { ReactNode } from 'react';
import type { Load } from '../store/use-load';

interface LoadableProps<T> {
  load: Load;
  /** The store's data; null or undefined until it has been loaded once. */
  data: T | null | undefined;
  /** What is loading, for the messages: "goals" gives "Loading goals…". */
  what: string;
  /** The loaded screen; it shows its own empty state when the data is empty. */
  children(data: T): ReactNode;
}

/**
 * The three states of anything a screen loads: loading, failed (with a way to try again) and
 * loaded. Data already in the store from an earlier visit shows at once while it refreshes.
 */
export function Loadable<T>({ load, data, what, children }: LoadableProps<T>) {
  if (load.state.status === 'error') {
    return (
      <div className="load-error" role="alert">
        <p>
          Could not load {what}. {load.state.message}
        </p>
        <button type="button" onClick={load.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (data === null || data === undefined) {
    return (
      <p className="muted loading" role="status">
        Loading {what}…
      </p>
    );
  }
  return <>{children(data)}</>;
}

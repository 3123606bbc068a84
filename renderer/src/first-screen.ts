import { isPrintRoute } from './print/print-ready';
import { useAppStore, type AppState } from './store';
import { forgetPrefetched, prefetch } from './store/use-load';

/**
 * Starts what the window's first screen needs as soon as the entry runs, alongside core's start-up
 * answer (RecoveryGate) rather than after it and after the screen has mounted: the print route's
 * chunk and the plan's data, or, when the window opens on the dashboard (in the entry chunk), its
 * data. The screen takes the requests over (store/use-load.ts); React.lazy's later import of the
 * print route finds it loaded.
 */
export function preloadFirstScreen(hash: string): void {
  const store = useAppStore.getState();
  // Core's start-up answer, which every window waits for (RecoveryGate), with the rest.
  prefetch(store.loadRecovery);
  if (isPrintRoute(hash)) {
    // Nobody waits on this promise: React.lazy imports the same module again and reports a failure.
    import('./print/PrintRoute').catch(() => undefined);
    prefetch(store.loadPlanDocument);
    return;
  }
  const path = hash.replace(/^#/, '').split('?')[0];
  if (path !== '' && path !== '/') return;
  // The study charts' statistics are left for later (below the cards; see DashboardScreen).
  prefetch(store.loadProfile, store.loadDashboard);
  // The salary standing needs the profile's occupation and area: asked for the moment it is in.
  const stop = prefetchWhen((s) => s.profileLoaded, store.loadMyBand);
  // Gone elsewhere before the dashboard showed: a later visit loads afresh.
  window.addEventListener(
    'hashchange',
    () => {
      stop();
      forgetPrefetched();
    },
    { once: true },
  );
}

/**
 * Prefetches `load` the moment `ready` holds for the store's state. The store calls its listeners
 * as it changes, in the order they subscribed; this one subscribes before any screen, so the
 * request goes out before React draws that state rather than after. Returns the unsubscribe.
 */
function prefetchWhen(ready: (state: AppState) => boolean, load: () => Promise<void>): () => void {
  if (ready(useAppStore.getState())) {
    prefetch(load);
    return () => undefined;
  }
  const stop = useAppStore.subscribe((state) => {
    if (!ready(state)) return;
    stop();
    prefetch(load);
  });
  return stop;
}

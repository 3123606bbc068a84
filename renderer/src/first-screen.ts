import { isPrintRoute } from './print/print-ready';
import { useAppStore } from './store';
import { forgetPrefetched, prefetch, prefetchAfter } from './store/use-load';

// Nobody waits on these promises: React.lazy imports the same modules again and reports a failure.
const ignore = () => undefined;

/**
 * Starts what the window's first screen needs as soon as the entry runs, all at once, instead of
 * one after the other (core's start-up answer, then the shell's chunk, then the screen's, then
 * its data): the print route's chunk and the plan's data, or the shell's chunk and, when the
 * window opens on the dashboard, its chunk and data. React.lazy's later import of the same module
 * finds it loaded; the screen takes the data requests over (store/use-load.ts).
 */
export function preloadFirstScreen(hash: string): void {
  const store = useAppStore.getState();
  if (isPrintRoute(hash)) {
    import('./print/PrintRoute').catch(ignore);
    prefetch(store.loadPlanDocument);
    return;
  }
  import('./Shell').catch(ignore);
  const path = hash.replace(/^#/, '').split('?')[0];
  if (path !== '' && path !== '/') return;
  import('./features/dashboard/DashboardScreen').catch(ignore);
  prefetch(store.loadProfile, store.loadDashboard, store.loadProgressStats);
  // The salary standing needs the profile's occupation and area: asked for the moment it is in.
  prefetchAfter(store.loadProfile, store.loadMyBand);
  // Gone elsewhere before the dashboard showed: a later visit loads afresh.
  window.addEventListener('hashchange', forgetPrefetched, { once: true });
}

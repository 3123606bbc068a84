import { isPrintRoute } from './print/print-ready';
import { useAppStore } from './store';
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
  // One request for the profile, the summary and the salary standing (the study charts' statistics
  // are left for later, below the cards; see DashboardScreen).
  prefetch(store.loadDashboardFirstScreen);
  // Gone elsewhere before the dashboard showed: a later visit loads afresh.
  window.addEventListener('hashchange', forgetPrefetched, { once: true });
}

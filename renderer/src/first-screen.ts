import { isPrintRoute } from './print/print-ready';
import { useAppStore } from './store';
import { forgetPrefetched, prefetch } from './store/use-load';

/**
 * Starts what the window's first screen needs as soon as the entry runs, alongside core's start-up
 * answer (RecoveryGate) rather than after it and after the screen has mounted: the print page's
 * chunk (it reads the plan itself, each time a host asks it to print), or, when the window opens
 * on the dashboard (in the entry chunk), its data. The screen takes the requests over
 * (store/use-load.ts); main.tsx's later import of the print page finds it loaded.
 */
export function preloadFirstScreen(hash: string): void {
  const store = useAppStore.getState();
  if (isPrintRoute(hash)) {
    // Nobody waits on this promise: main.tsx imports the same module again and reports a failure.
    import('./print/print-page').catch(() => undefined);
    return;
  }
  // Core's start-up answer, which every app window waits for (RecoveryGate), with the rest.
  prefetch(store.loadRecovery);
  const path = hash.replace(/^#/, '').split('?')[0];
  if (path !== '' && path !== '/') return;
  // One request for the profile, the summary and the salary standing (the study charts' statistics
  // are left for later, below the cards; see DashboardScreen).
  prefetch(store.loadDashboardFirstScreen);
  // Gone elsewhere before the dashboard showed: a later visit loads afresh.
  window.addEventListener('hashchange', forgetPrefetched, { once: true });
}

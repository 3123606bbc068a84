import { isPrintRoute } from './print/print-ready';

// Nobody waits on these promises: React.lazy imports the same modules again and reports a failure.
const ignore = () => undefined;

/**
 * Asks for the chunks the window's first screen needs as soon as the entry runs, alongside core's
 * start-up answer (RecoveryGate) rather than after it: the print route, or the shell and, when
 * the window opens on it, the dashboard. React.lazy's later import of the same module finds it
 * loaded, so the screen's chunk no longer waits for the shell's to arrive and render first.
 */
export function preloadFirstScreen(hash: string): void {
  if (isPrintRoute(hash)) {
    import('./print/PrintRoute').catch(ignore);
    return;
  }
  import('./Shell').catch(ignore);
  const path = hash.replace(/^#/, '').split('?')[0];
  if (path === '' || path === '/') import('./features/dashboard/DashboardScreen').catch(ignore);
}

import { lazy, Suspense, useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { PrintReady } from './print/print-ready';
import { RecoveryGate } from './RecoveryGate';
import { useAppStore } from './store';

/** Core announces every committed write; the store reloads the views that depend on it. */
function useDataSync() {
  const startDataSync = useAppStore((s) => s.startDataSync);
  useEffect(() => startDataSync(), [startDataSync]);
}

// Each is its own chunk: a window that prints the plan never loads the app's screens, and the app never loads the print route until asked.
const Shell = lazy(() => import('./Shell').then((m) => ({ default: m.Shell })));
const PrintRoute = lazy(() => import('./print/PrintRoute').then((m) => ({ default: m.PrintRoute })));

/** The print route is the document alone (hash `#/print?…`, query included), never inside the shell. */
function ShellOrPrint({ printReady }: { printReady: PrintReady | null }) {
  const [location] = useLocation();
  return <Suspense fallback={null}>{location.split('?')[0] === '/print' ? <PrintRoute printReady={printReady} /> : <Shell />}</Suspense>;
}

export function App({ printReady = null }: { printReady?: PrintReady | null }) {
  useDataSync();
  return (
    <Router hook={useHashLocation}>
      <RecoveryGate>
        <ShellOrPrint printReady={printReady} />
      </RecoveryGate>
    </Router>
  );
}

import { lazy, Suspense, useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { PrintReady } from './print/print-ready';
import { RecoveryGate } from './RecoveryGate';
import { Shell } from './Shell';
import { useAppStore } from './store';

/** Core announces every committed write; the store reloads the views that depend on it. */
function useDataSync() {
  const startDataSync = useAppStore((s) => s.startDataSync);
  useEffect(() => startDataSync(), [startDataSync]);
}

// The shell and the dashboard are in the entry chunk: the first screen of the app is one script, not a
// chain of chunks each asked for once the one before has run. The print route is its own chunk.
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

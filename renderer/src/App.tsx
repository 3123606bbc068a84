import { useEffect } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { RecoveryGate } from './RecoveryGate';
import { Shell } from './Shell';
import { useAppStore } from './store';

/** Core announces every committed write; the store reloads the views that depend on it. */
function useDataSync() {
  const startDataSync = useAppStore((s) => s.startDataSync);
  useEffect(() => startDataSync(), [startDataSync]);
}

// The shell and the dashboard are in the entry chunk: the first screen of the app is one script, not a
// chain of chunks each asked for once the one before has run. A print window (#/print) mounts the
// print page instead, with none of this (main.tsx, print/print-page.tsx).
export function App() {
  useDataSync();
  return (
    <Router hook={useHashLocation}>
      <RecoveryGate>
        <Shell />
      </RecoveryGate>
    </Router>
  );
}

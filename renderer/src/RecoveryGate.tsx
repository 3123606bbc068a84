import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from './store';
import { prefetchedSettled, takePrefetched } from './store/use-load';

// Its own chunk: a working app never loads it.
const RecoveryScreen = lazy(() => import('./features/recovery/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

/**
 * How long the first draw waits for the first screen's data asked for at start-up: core answers in
 * milliseconds; a core busy for longer (a long import) shows the shell with the screen loading.
 */
const FIRST_DATA_WAIT_MS = 300;

/**
 * The app waits for core's answer on whether the database can be used (one quick call), then shows
 * the shell, or the recovery screen when the file cannot be used or the start-up check failed.
 * It waits for the first screen's data asked for at start-up (first-screen.ts) too, briefly: the
 * screen then draws once, with its data, instead of its loading state and then again.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useAppStore((s) => s.recovery);
  const known = useAppStore((s) => s.recoveryKnown);
  const load = useAppStore((s) => s.loadRecovery);
  const watch = useAppStore((s) => s.watchRecovery);
  const [firstDataIn, setFirstDataIn] = useState(false);
  useEffect(() => {
    const stop = watch();
    let mounted = true;
    // Before the take-over below, which removes the start-up answer from what is awaited.
    void prefetchedSettled(FIRST_DATA_WAIT_MS).then(() => {
      if (mounted) setFirstDataIn(true);
    });
    void takePrefetched(load);
    return () => {
      mounted = false;
      stop();
    };
  }, [load, watch]);
  if (!known || !firstDataIn) return null;
  if (status?.state === 'recovery') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status} />
      </Suspense>
    );
  }
  return children;
}

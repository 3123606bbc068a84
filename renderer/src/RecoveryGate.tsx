import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useAppStore } from './store';
import { takePrefetched } from './store/use-load';

// Its own chunk: a working app never loads it.
const RecoveryScreen = lazy(() => import('./features/recovery/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

/**
 * The app waits for core's answer on whether the database can be used (one quick call), then shows
 * the shell, or the recovery screen when the file cannot be used or the start-up check failed.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useAppStore((s) => s.recovery);
  const known = useAppStore((s) => s.recoveryKnown);
  const load = useAppStore((s) => s.loadRecovery);
  const watch = useAppStore((s) => s.watchRecovery);
  useEffect(() => {
    const stop = watch();
    void takePrefetched(load);
    return stop;
  }, [load, watch]);
  if (!known) return null;
  if (status?.state === 'recovery') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status} />
      </Suspense>
    );
  }
  return children;
}

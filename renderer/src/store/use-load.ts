import { useEffect } from 'react';
import { useAppStore } from '.';

/** Runs store loaders when a screen mounts; a failure goes to the app's error banner. */
export function useLoad(...loaders: Array<() => Promise<void>>): void {
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    for (const load of loaders) load().catch(reportError);
    // Loaders are stable store actions; listing them as dependencies would be the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, loaders);
}

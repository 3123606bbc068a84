import { useEffect } from 'react';
import { firstScreenNeedsIntl, warmFormatters } from './format';

/**
 * In en-US the first screen draws its figures without Intl; the formatters the other screens use
 * (and the first of them loads the locale's data) are built once the shell has been drawn and the
 * window is idle, not when the user first opens one of those screens.
 */
export function useWarmFormattersWhenIdle(): void {
  useEffect(() => {
    if (firstScreenNeedsIntl) return; // built by the entry, while core answered (early-requests.ts)
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    // A frame callback runs just before the frame is drawn; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(warmFormatters, { timeout: 2000 });
        else warmFormatters();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}

import { setPriority } from 'node:os';

/**
 * The writer worker's nice value on Linux. The main thread answers the window; an import's worker
 * is work nobody watches row by row. On a busy machine (2 cores, the import's thread and other
 * programs) the main thread waited hundreds of ms for a core while doing nothing (P10: 684 ms
 * stalls, 14 ms of them busy); at nice 10 the scheduler hands it a core first (61 ms in the same
 * conditions). On an idle machine the worker gets the same CPU as before.
 */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers the calling thread's priority, where that can be done for one thread: on Linux the nice
 * value belongs to the thread (setpriority(2), "Bugs"), so the main thread keeps its own. On
 * macOS and Windows the same call would lower the whole app, so there it does nothing.
 */
export function lowerThisThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(BACKGROUND_NICENESS);
    return true;
  } catch {
    // Refused (a sandbox without setpriority): the work runs at normal priority, as before.
    return false;
  }
}

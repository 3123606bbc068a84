import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { dashboardSummary } from '../services/dashboard';
import { dashboardFirstScreen } from '../services/dashboard-first-screen';

export function dashboardHandlers({ db, store, today }: CoreContext): Handlers['dashboard'] {
  return {
    summary: ({ streakUnit }) => dashboardSummary(db, today(), streakUnit),
    firstScreen: ({ streakUnit }) => dashboardFirstScreen(store, today(), streakUnit),
  };
}

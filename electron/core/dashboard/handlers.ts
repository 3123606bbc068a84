import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { dashboardSummary } from '../services/dashboard';

export function dashboardHandlers({ db, today }: CoreContext): Handlers['dashboard'] {
  return {
    summary: ({ streakUnit }) => dashboardSummary(db, today(), streakUnit),
  };
}

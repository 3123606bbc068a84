import type { DashboardFirstScreen } from '@shared/domain/dashboard';
import type { StreakUnit } from '@shared/domain/progress';
import type { Store } from '../db/store';
import { dashboardSummary } from './dashboard';
import { getProfile } from './profile';
import { officialBands } from './salary-explorer';
import { inTransaction } from './transaction';

/**
 * What the dashboard's first screen shows, read in one transaction so its parts agree: the
 * profile, the summary, and the official band the profile's salary is placed in. One request
 * instead of three, of which the band's had to wait for the profile's answer.
 */
export function dashboardFirstScreen({ db, sqlite }: Pick<Store, 'db' | 'sqlite'>, today: string, streakUnit: StreakUnit): DashboardFirstScreen {
  return inTransaction(db, () => {
    const profile = getProfile(db);
    const band = profile ? (officialBands(sqlite, profile.occupationCode, [profile.areaCode])[0] ?? null) : null;
    return { profile, summary: dashboardSummary(db, today, streakUnit), band };
  });
}

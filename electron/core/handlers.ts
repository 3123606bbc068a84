import { appHandlers } from './app/handlers';
import { backupsHandlers } from './backups/handlers';
import { careerHandlers } from './career/handlers';
import type { CoreContext } from './context';
import { dashboardHandlers } from './dashboard/handlers';
import { dataHandlers } from './data/handlers';
import { filesHandlers } from './files/handlers';
import { goalsHandlers } from './goals/handlers';
import { personalDataHandlers } from './personal-data/handlers';
import { planHandlers } from './plan/handlers';
import { profileHandlers } from './profile/handlers';
import { progressHandlers } from './progress/handlers';
import { standaloneRecoveryHandlers } from './recovery/standalone-handlers';
import { roadmapHandlers } from './roadmap/handlers';
import type { Handlers } from './router';
import { salaryHandlers } from './salary/handlers';
import { ImportRunner } from './services/salary-import/run';
import { skillsHandlers } from './skills/handlers';

/** The whole handler map: each domain's module contributes its part. */
export function createHandlers(ctx: CoreContext, onError: (error: unknown) => void, recovery?: Handlers['recovery']): Handlers {
  const imports = new ImportRunner({ db: ctx.db, inbox: ctx.files, events: ctx.events, jobs: ctx.jobs, now: ctx.clock });
  return {
    app: appHandlers(ctx),
    profile: profileHandlers(ctx),
    salary: salaryHandlers(ctx, imports),
    data: dataHandlers(ctx, onError),
    skills: skillsHandlers(ctx),
    progress: progressHandlers(ctx),
    goals: goalsHandlers(ctx),
    roadmap: roadmapHandlers(ctx),
    dashboard: dashboardHandlers(ctx),
    plan: planHandlers(ctx),
    career: careerHandlers(ctx),
    files: filesHandlers(ctx),
    personalData: personalDataHandlers(ctx),
    recovery: recovery ?? standaloneRecoveryHandlers(ctx),
    backups: backupsHandlers(ctx),
  };
}

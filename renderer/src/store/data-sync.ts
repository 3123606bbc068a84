import type { DataDomain } from '@shared/ipc/contract';
import type { Unsubscribe } from '@shared/ipc/types';
import { getApi } from '../api';
import type { AppState } from '.';

/**
 * Every view the store can hold, what data it shows, and how to load it again. Core announces
 * each committed write as `dataChanged { domains }`; the views that are loaded and depend on one
 * of those domains reload. A new screen adds its view here once, instead of every write action
 * listing the screens to refresh.
 */
interface View {
  name: string;
  dependsOn: readonly DataDomain[];
  loaded(state: AppState): boolean;
  reload(state: AppState): Promise<void>;
}

export const VIEWS: readonly View[] = [
  { name: 'profile', dependsOn: ['profile'], loaded: (s) => s.profileLoaded, reload: (s) => s.loadProfile() },
  { name: 'datasets', dependsOn: ['datasets'], loaded: (s) => s.datasets !== null, reload: (s) => s.loadDatasets() },
  // A skill's summary carries its level, status and hours studied.
  { name: 'skills', dependsOn: ['skills', 'progress'], loaded: (s) => s.skills !== null, reload: (s) => s.loadSkills() },
  {
    name: 'skill page',
    dependsOn: ['skills', 'progress'],
    loaded: (s) => s.skillDetail !== null,
    reload: (s) => (s.skillDetail ? s.loadSkill(s.skillDetail.id) : Promise.resolve()),
  },
  {
    name: 'turned-off links',
    dependsOn: ['skills'],
    loaded: (s) => s.disabledEdges !== null,
    reload: (s) => s.loadDisabledEdges(),
  },
  { name: 'progress charts', dependsOn: ['skills', 'progress'], loaded: (s) => s.progressStats !== null, reload: (s) => s.loadProgressStats() },
  {
    name: 'dashboard',
    // Its goals' tracks and its roadmap card follow the active roadmap's schedule.
    dependsOn: ['profile', 'skills', 'progress', 'goals', 'roadmap'],
    loaded: (s) => s.dashboard !== null,
    reload: (s) => s.loadDashboard(),
  },
  // A goal's track follows the active roadmap's schedule, else the skill's level, the hours logged and the profile's weekly hours.
  { name: 'goals', dependsOn: ['goals', 'skills', 'progress', 'profile', 'roadmap'], loaded: (s) => s.goals !== null, reload: (s) => s.loadGoals() },
  { name: 'roadmaps', dependsOn: ['roadmap'], loaded: (s) => s.roadmaps !== null, reload: (s) => s.loadRoadmaps() },
  // The ladder names its expected skills (a renamed custom skill shows its new name).
  { name: 'career ladder', dependsOn: ['career', 'skills'], loaded: (s) => s.ladder !== null, reload: (s) => s.loadLadder() },
  // The ranking's baseline follows the profile, the ladder, levels, estimates, hours logged and the active roadmap.
  {
    name: 'what to learn next',
    dependsOn: ['profile', 'career', 'skills', 'progress', 'roadmap'],
    loaded: (s) => s.learnNext !== null,
    reload: (s) => s.loadLearnNext(),
  },
  { name: 'scenarios', dependsOn: ['career'], loaded: (s) => s.scenarios !== null, reload: (s) => s.loadScenarios() },
  // A projection's inputs: the ladder, the bands, the salary, today's levels and the active roadmap's schedule (hours, estimates, levels).
  {
    name: 'projection inputs',
    dependsOn: ['career', 'profile', 'roadmap', 'skills', 'progress', 'datasets'],
    loaded: (s) => Object.keys(s.scenarioInputs).length > 0,
    reload: (s) => s.loadScenarioInputs(true),
  },
  // A path's hours follow the skills' estimates and the user's levels.
  { name: 'roadmap paths', dependsOn: ['skills', 'progress'], loaded: (s) => s.roadmapPaths !== null, reload: (s) => s.loadRoadmapPaths() },
  // The schedule follows levels, hours logged, estimates and edges, the profile's weekly hours and skill goals.
  {
    name: 'roadmap',
    dependsOn: ['roadmap', 'skills', 'progress', 'profile', 'goals'],
    loaded: (s) => s.roadmap !== null,
    reload: (s) => (s.roadmap ? s.loadRoadmap(s.roadmap.roadmap.id) : Promise.resolve()),
  },
  {
    name: 'career plan',
    dependsOn: ['profile', 'datasets', 'skills', 'progress', 'goals', 'roadmap', 'career'],
    loaded: (s) => s.planDocument !== null,
    reload: (s) => s.loadPlanDocument(),
  },
  {
    name: 'dataset percentiles',
    dependsOn: ['datasets'],
    loaded: (s) => s.percentileGroups !== null,
    reload: async (s) => {
      const shown = s.percentileGroups;
      if (!shown) return;
      // A deleted dataset's table goes; a renamed one's is read again.
      if (!(s.datasets ?? []).some((d) => d.id === shown.datasetId)) return s.clearPercentiles();
      await s.loadPercentiles(shown.datasetId, shown.groupBy);
    },
  },
];

/** Views whose data these domains change. */
export function viewsFor(domains: readonly DataDomain[]): View[] {
  return VIEWS.filter((v) => v.dependsOn.some((d) => domains.includes(d)));
}

/**
 * Reloads what depends on the changed domains. A view already reloading is read once more when
 * that load ends, so the last answer on screen is never older than the last change.
 */
export function createDataSync(getState: () => AppState, report: (error: unknown) => void) {
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();

  const reload = (view: View): Promise<void> => {
    if (running.has(view.name)) {
      again.add(view.name);
      return running.get(view.name) as Promise<void>;
    }
    const load = (async () => {
      try {
        do {
          again.delete(view.name);
          if (view.loaded(getState())) await view.reload(getState());
        } while (again.has(view.name));
      } catch (error) {
        report(error);
      } finally {
        running.delete(view.name);
      }
    })();
    running.set(view.name, load);
    return load;
  };

  return {
    async apply(domains: readonly DataDomain[]): Promise<void> {
      const state = getState();
      // Datasets first: the percentile view checks the fresh list to see whether its dataset is gone.
      const views = viewsFor(domains).filter((v) => v.loaded(state));
      const datasets = views.find((v) => v.name === 'datasets');
      if (datasets) await reload(datasets);
      await Promise.all(views.filter((v) => v !== datasets).map(reload));
    },
    start(): Unsubscribe {
      return getApi().on.dataChanged(({ domains }) => void this.apply(domains));
    },
  };
}

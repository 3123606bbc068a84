import {
  BookOpen,
  ChartLine,
  Database,
  DollarSign,
  FileText,
  Flag,
  LayoutDashboard,
  Route as RouteIcon,
  Settings,
  UserRound,
} from 'lucide-react';
import type { ComponentType } from 'react';
import type { NavItem } from './components/Sidebar';
import { DashboardScreen } from './features/dashboard/DashboardScreen';
import { DataSourcesScreen } from './features/data-sources/DataSourcesScreen';
import { GoalsScreen } from './features/goals/GoalsScreen';
import { PlanScreen } from './features/plan/PlanScreen';
import { ProfileScreen } from './features/profile/ProfileScreen';
import { ProjectionScreen } from './features/projection/ProjectionScreen';
import { RoadmapScreen } from './features/roadmap/RoadmapScreen';
import { SalaryScreen } from './features/salary/SalaryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { SkillPage } from './features/skills/SkillPage';
import { SkillsScreen } from './features/skills/SkillsScreen';

type ScreenComponent = ComponentType<{ params: Record<string, string | undefined> }>;

/** A page below a screen (a skill below Skills): reached by links, highlighted as its screen. */
export interface SubRoute {
  path: string;
  component: ScreenComponent;
}

export interface ScreenRoute extends NavItem {
  component: ScreenComponent;
  subpages?: readonly SubRoute[];
}

function SkillPageRoute({ params }: { params: Record<string, string | undefined> }) {
  return <SkillPage params={{ id: params.id ?? '' }} />;
}

/** Every screen, in sidebar order: the app's routes and the sidebar are both built from this list. */
export const SCREENS: readonly ScreenRoute[] = [
  { path: '/', label: 'Dashboard', icon: LayoutDashboard, nav: 'main', component: DashboardScreen },
  { path: '/salary', label: 'Salary', icon: DollarSign, nav: 'main', component: SalaryScreen },
  {
    path: '/skills',
    label: 'Skills',
    icon: BookOpen,
    nav: 'main',
    component: SkillsScreen,
    subpages: [{ path: '/skills/:id', component: SkillPageRoute }],
  },
  { path: '/goals', label: 'Goals', icon: Flag, nav: 'main', component: GoalsScreen },
  { path: '/roadmap', label: 'Roadmap', icon: RouteIcon, nav: 'main', component: RoadmapScreen },
  {
    path: '/projection',
    label: 'Projection',
    icon: ChartLine,
    nav: 'main',
    component: ProjectionScreen,
  },
  { path: '/plan', label: 'Plan', icon: FileText, nav: 'main', component: PlanScreen },
  { path: '/profile', label: 'Profile', icon: UserRound, nav: 'settings', component: ProfileScreen },
  { path: '/data-sources', label: 'Data sources', icon: Database, nav: 'settings', component: DataSourcesScreen },
  { path: '/settings', label: 'Settings', icon: Settings, nav: 'settings', component: SettingsScreen },
];

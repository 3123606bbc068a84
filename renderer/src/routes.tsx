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
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { NavItem } from './components/Sidebar';
import { DashboardScreen } from './features/dashboard/DashboardScreen';

type ScreenProps = { params: Record<string, string | undefined> };
type ScreenComponent = ComponentType<ScreenProps>;

/**
 * Each screen but the dashboard is its own chunk, loaded when first opened (Shell shows a status
 * while it loads): the first screen does not wait for chart.js, dnd-kit, the table or the import
 * screen. The dashboard, the screen the app opens on, is in the entry chunk with the shell.
 */
function screen<K extends string>(load: () => Promise<Record<K, (props: ScreenProps) => ReactNode>>, name: K): ScreenComponent {
  return lazy(() => load().then((module): { default: ScreenComponent } => ({ default: module[name] })));
}

const DataSourcesScreen = screen(() => import('./features/data-sources/DataSourcesScreen'), 'DataSourcesScreen');
const GoalsScreen = screen(() => import('./features/goals/GoalsScreen'), 'GoalsScreen');
const PlanScreen = screen(() => import('./features/plan/PlanScreen'), 'PlanScreen');
const ProfileScreen = screen(() => import('./features/profile/ProfileScreen'), 'ProfileScreen');
const ProjectionScreen = screen(() => import('./features/projection/ProjectionScreen'), 'ProjectionScreen');
const RoadmapScreen = screen(() => import('./features/roadmap/RoadmapScreen'), 'RoadmapScreen');
const SalaryScreen = screen(() => import('./features/salary/SalaryScreen'), 'SalaryScreen');
const SettingsScreen = screen(() => import('./features/settings/SettingsScreen'), 'SettingsScreen');
const SkillsScreen = screen(() => import('./features/skills/SkillsScreen'), 'SkillsScreen');
const SkillPage = lazy(() => import('./features/skills/SkillPage').then((m) => ({ default: m.SkillPage })));

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
